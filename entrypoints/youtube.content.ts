import '../utils/schemas/zod-setup';
import { YOUTUBE } from '../utils/adapters/site-hosts';
import { youtubeAdapter } from '../utils/adapters/youtube';
import { siteContentScript } from '../utils/scanner/site-script';

export default siteContentScript(YOUTUBE, [youtubeAdapter]);
