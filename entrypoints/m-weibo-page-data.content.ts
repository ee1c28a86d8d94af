import { pageDataScript } from '../utils/adapters/page-data-script';
import { M_WEIBO_READER } from '../utils/adapters/page-data-site-readers';

export default pageDataScript('weibo', M_WEIBO_READER, ['weibo.cn']);
