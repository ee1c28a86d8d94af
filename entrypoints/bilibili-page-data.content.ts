import { pageDataScript } from '../utils/adapters/page-data-script';
import { BILIBILI_READER } from '../utils/adapters/page-data-site-readers';

export default pageDataScript('bilibili', BILIBILI_READER);
