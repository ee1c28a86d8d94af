import '../utils/schemas/zod-setup';
import { redditAdapter } from '../utils/adapters/reddit';
import { siteContentScript } from '../utils/scanner/site-script';

export default siteContentScript('reddit', [redditAdapter]);
