import '../utils/schemas/zod-setup';
import { redditAdapter } from '../utils/adapters/reddit';
import { REDDIT } from '../utils/adapters/site-hosts';
import { siteContentScript } from '../utils/scanner/site-script';

export default siteContentScript(REDDIT, [redditAdapter]);
