import { pageDataScript } from '../utils/adapters/page-data-script';
import { XIAOHONGSHU_READER } from '../utils/adapters/page-data-site-readers';

export default pageDataScript('xiaohongshu', XIAOHONGSHU_READER);
