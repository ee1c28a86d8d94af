import '../utils/schemas/zod-setup';
import { bilibiliAdapter } from '../utils/adapters/bilibili';
import { siteContentScript } from '../utils/scanner/site-script';

export default siteContentScript('bilibili', [bilibiliAdapter]);
