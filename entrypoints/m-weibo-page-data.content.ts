import { pageDataScript } from '../utils/adapters/page-data-script';
import { M_WEIBO_READER } from '../utils/adapters/page-data-site-readers';
import { WEIBO } from '../utils/adapters/site-hosts';

export default pageDataScript(WEIBO, M_WEIBO_READER, ['weibo.cn']);
