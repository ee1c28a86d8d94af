import '../utils/schemas/zod-setup';
import { xAdapter } from '../utils/adapters/x';
import { siteContentScript } from '../utils/scanner/site-script';

export default siteContentScript('x', [xAdapter]);
