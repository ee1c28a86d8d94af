import '../utils/schemas/zod-setup';
import { mWeiboAdapter } from '../utils/adapters/m-weibo';
import { WEIBO_MOBILE } from '../utils/adapters/site-hosts';
import { siteContentScript } from '../utils/scanner/site-script';

// m.weibo.cn (and weibo.cn), Weibo's mobile site: see weibo.content.ts.
export default siteContentScript(WEIBO_MOBILE, [mWeiboAdapter]);
