import { pageDataScript } from '../utils/adapters/page-data-script';
import { WEIBO_READER } from '../utils/adapters/page-data-site-readers';
import { WEIBO_COM } from '../utils/adapters/site-hosts';

export default pageDataScript(WEIBO_COM, WEIBO_READER);
