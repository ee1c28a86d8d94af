import '../utils/schemas/zod-setup';
import { douyinAdapter } from '../utils/adapters/douyin';
import { DOUYIN } from '../utils/adapters/site-hosts';
import { siteContentScript } from '../utils/scanner/site-script';

export default siteContentScript(DOUYIN, [douyinAdapter]);
