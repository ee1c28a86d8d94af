import '../utils/schemas/zod-setup';
import { wechatAdapter } from '../utils/adapters/wechat';
import { siteContentScript } from '../utils/scanner/site-script';

export default siteContentScript('wechat', [wechatAdapter]);
