import '../utils/schemas/zod-setup';
import { zhihuAdapter } from '../utils/adapters/zhihu';
import { siteContentScript } from '../utils/scanner/site-script';

export default siteContentScript('zhihu', [zhihuAdapter]);
