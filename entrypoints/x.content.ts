import '../utils/schemas/zod-setup';
import { X } from '../utils/adapters/site-hosts';
import { xAdapter } from '../utils/adapters/x';
import { siteContentScript } from '../utils/scanner/site-script';

export default siteContentScript(X, [xAdapter]);
