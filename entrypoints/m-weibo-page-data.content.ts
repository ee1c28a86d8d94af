import { pageDataScript } from '../utils/adapters/page-data-script';
import { M_WEIBO_READER } from '../utils/adapters/page-data-site-readers';
import { WEIBO_MOBILE } from '../utils/adapters/site-hosts';

export default pageDataScript(WEIBO_MOBILE, M_WEIBO_READER);
