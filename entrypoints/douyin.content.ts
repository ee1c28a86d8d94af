import '../utils/schemas/zod-setup';
import { douyinAdapter } from '../utils/adapters/douyin';
import { siteContentScript } from '../utils/scanner/site-script';

export default siteContentScript('douyin', [douyinAdapter]);
