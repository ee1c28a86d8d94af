import { pageDataScript } from '../utils/adapters/page-data-script';
import { WEIBO_READER } from '../utils/adapters/page-data-site-readers';

export default pageDataScript('weibo', WEIBO_READER, ['weibo.com']);
