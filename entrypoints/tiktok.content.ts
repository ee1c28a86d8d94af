import '../utils/schemas/zod-setup';
import { tiktokAdapter } from '../utils/adapters/tiktok';
import { siteContentScript } from '../utils/scanner/site-script';

export default siteContentScript('tiktok', [tiktokAdapter]);
