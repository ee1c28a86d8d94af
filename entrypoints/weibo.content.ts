import '../utils/schemas/zod-setup';
import { WEIBO_COM } from '../utils/adapters/site-hosts';
import { weiboAdapter } from '../utils/adapters/weibo';
import { siteContentScript } from '../utils/scanner/site-script';

// weibo.com and s.weibo.com; the mobile site (m.weibo.cn) is another page model with its own
// script (m-weibo.content.ts), so neither tab carries the other's adapter (the 50 KB budget).
export default siteContentScript(WEIBO_COM, [weiboAdapter]);
