import '../utils/schemas/zod-setup';
import { XIAOHONGSHU } from '../utils/adapters/site-hosts';
import { xiaohongshuAdapter } from '../utils/adapters/xiaohongshu';
import { siteContentScript } from '../utils/scanner/site-script';

export default siteContentScript(XIAOHONGSHU, [xiaohongshuAdapter]);
