import { pageDataScript } from '../utils/adapters/page-data-script';
import { X_READER } from '../utils/adapters/page-data-site-readers';

export default pageDataScript('x', X_READER);
