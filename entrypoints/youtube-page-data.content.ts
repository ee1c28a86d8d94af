import { pageDataScript } from '../utils/adapters/page-data-script';
import { YOUTUBE_READER } from '../utils/adapters/page-data-site-readers';

export default pageDataScript('youtube', YOUTUBE_READER);
