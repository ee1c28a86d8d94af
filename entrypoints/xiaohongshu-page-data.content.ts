import { pageDataScript } from '../utils/adapters/page-data-script';
import { XIAOHONGSHU_READER } from '../utils/adapters/page-data-site-readers';
import { XIAOHONGSHU } from '../utils/adapters/site-hosts';

export default pageDataScript(XIAOHONGSHU, XIAOHONGSHU_READER);
