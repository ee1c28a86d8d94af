import '../utils/schemas/zod-setup';
import { WECHAT } from '../utils/adapters/site-hosts';
import { wechatAdapter } from '../utils/adapters/wechat';
import { siteContentScript } from '../utils/scanner/site-script';

export default siteContentScript(WECHAT, [wechatAdapter]);
