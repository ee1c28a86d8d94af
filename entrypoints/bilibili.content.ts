import '../utils/schemas/zod-setup';
import { bilibiliAdapter } from '../utils/adapters/bilibili';
import { BILIBILI } from '../utils/adapters/site-hosts';
import { siteContentScript } from '../utils/scanner/site-script';

export default siteContentScript(BILIBILI, [bilibiliAdapter]);
