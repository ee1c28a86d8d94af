import { pageDataScript } from '../utils/adapters/page-data-script';
import { WEIBO_READER } from '../utils/adapters/page-data-site-readers';
import { WEIBO } from '../utils/adapters/site-hosts';

export default pageDataScript(WEIBO, WEIBO_READER, ['weibo.com']);
