import '../utils/schemas/zod-setup';
import { xiaohongshuAdapter } from '../utils/adapters/xiaohongshu';
import { siteContentScript } from '../utils/scanner/site-script';

export default siteContentScript('xiaohongshu', [xiaohongshuAdapter]);
