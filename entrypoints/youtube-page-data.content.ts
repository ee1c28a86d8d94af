import { pageDataScript } from '../utils/adapters/page-data-script';
import { YOUTUBE_READER } from '../utils/adapters/page-data-site-readers';
import { YOUTUBE } from '../utils/adapters/site-hosts';

export default pageDataScript(YOUTUBE, YOUTUBE_READER);
