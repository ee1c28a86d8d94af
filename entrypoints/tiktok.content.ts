import '../utils/schemas/zod-setup';
import { TIKTOK } from '../utils/adapters/site-hosts';
import { tiktokAdapter } from '../utils/adapters/tiktok';
import { siteContentScript } from '../utils/scanner/site-script';

export default siteContentScript(TIKTOK, [tiktokAdapter]);
