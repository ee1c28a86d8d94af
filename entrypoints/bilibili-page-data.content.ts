import { pageDataScript } from '../utils/adapters/page-data-script';
import { BILIBILI_READER } from '../utils/adapters/page-data-site-readers';
import { BILIBILI } from '../utils/adapters/site-hosts';

export default pageDataScript(BILIBILI, BILIBILI_READER);
