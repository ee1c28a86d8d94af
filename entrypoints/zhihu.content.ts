import '../utils/schemas/zod-setup';
import { ZHIHU } from '../utils/adapters/site-hosts';
import { zhihuAdapter } from '../utils/adapters/zhihu';
import { siteContentScript } from '../utils/scanner/site-script';

export default siteContentScript(ZHIHU, [zhihuAdapter]);
