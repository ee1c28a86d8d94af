import '../utils/schemas/zod-setup';
import { mWeiboAdapter } from '../utils/adapters/m-weibo';
import { weiboAdapter } from '../utils/adapters/weibo';
import { siteContentScript } from '../utils/scanner/site-script';

export default siteContentScript('weibo', [weiboAdapter, mWeiboAdapter]);
