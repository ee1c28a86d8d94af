import { pageDataScript } from '../utils/adapters/page-data-script';
import { X_READER } from '../utils/adapters/page-data-site-readers';
import { X } from '../utils/adapters/site-hosts';

export default pageDataScript(X, X_READER);
