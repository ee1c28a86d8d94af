import '../utils/schemas/zod-setup';
import { youtubeAdapter } from '../utils/adapters/youtube';
import { siteContentScript } from '../utils/scanner/site-script';

export default siteContentScript('youtube', [youtubeAdapter]);
