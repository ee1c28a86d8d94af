import { PAGE_DATA_REQUEST_EVENT } from './page-data-protocol';
import { type Bag, dig } from './page-data-read-helpers';

/**
 * YouTube's page response (the JSON of `var ytInitialData`, and of each in-app navigation), as
 * the MAIN-world reader (YOUTUBE_READER) finds it; youtube-data.ts validates what it sends.
 * Dependency-free: the MAIN-world script carries it.
 */
/** The @handle of a path (`/@NASA/videos`), decoded; undefined for other paths. */
export function handleOfPath(path: string | undefined): string | undefined {
  const raw = /^\/@([^/?#]{1,100})/.exec(path ?? '')?.[1];
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The @handle of a URL (`http://www.youtube.com/@NASA`, channelMetadataRenderer.vanityChannelUrl). */
export function handleOfUrl(url: unknown): string | undefined {
  return handleOfPath(String(url ?? '').replace(/^[a-z]+:\/\/[^/]+/i, ''));
}

/**
 * Whether `response` is the page at `url`'s: YouTube navigates in the page and never replaces
 * ytInitialData, which stays the first page's. A watch response names its video
 * (`currentVideoEndpoint.watchEndpoint.videoId`, as in the saved real page
 * youtube/youtube.html.static.gz), a channel response its channel (`channelMetadataRenderer`).
 */
export function isCurrentResponse(response: unknown, url: URL): boolean {
  const video = dig(response, ['currentVideoEndpoint', 'watchEndpoint'])?.videoId;
  if ((video ?? null) !== (url.pathname === '/watch' ? url.searchParams.get('v') : null)) return false;
  const channel = dig(response, ['metadata', 'channelMetadataRenderer']);
  const [, first = '', id] = url.pathname.split('/');
  if (first === 'channel') return channel?.externalId === id;
  const handle = handleOfPath(`/${first}`)?.toLowerCase();
  return !handle || handleOfUrl(channel?.vanityChannelUrl)?.toLowerCase() === handle;
}

const TITLE_TEXT = ['header', 'pageHeaderRenderer', 'content', 'pageHeaderViewModel', 'title', 'dynamicTextViewModel', 'text'];

/**
 * A channel page's header, flattened to what youtube-data.ts maps: the check is an attachment
 * run of the title, 11 levels down (`attachmentRuns[].element.type.imageType.image.sources[]
 * .clientResource.imageName`, TeamNewPipe/NewPipeExtractor YoutubeParsingHelper.java
 * hasArtistOrVerifiedIconBadgeAttachment), deeper than the reader's copies keep (prune: 5).
 */
export function channelHeaderOf(response: unknown): Bag | undefined {
  const channel = dig(response, ['metadata', 'channelMetadataRenderer']);
  if (!channel) return undefined;
  const text = dig(response, TITLE_TEXT);
  const runs = Array.isArray(text?.attachmentRuns) ? (text.attachmentRuns as unknown[]).slice(0, 10) : [];
  const imageNames = runs
    .flatMap((run) => dig(run, ['element', 'type', 'imageType', 'image'])?.sources ?? [])
    .slice(0, 20)
    .map((source) => dig(source, ['clientResource'])?.imageName)
    .filter((name) => typeof name === 'string');
  const { externalId, vanityChannelUrl, description } = channel;
  return { externalId, vanityChannelUrl, description, headerTitle: text?.content, imageNames };
}

/** The response each document's last `yt-page-data-fetched` carried (first load and each in-app navigation). */
const fetched = new WeakMap<Document, unknown>();

/**
 * The current page's response (MAIN world only): the last `yt-page-data-fetched`
 * `detail.pageData.response`, else `ytd-app`'s `.data.response` (code-charity/youtube's playlist
 * module reads it), else ytInitialData; the first that is current. The listener starts with the
 * first read (the reader reads at once) and stays for the script's life; when YouTube fetches a
 * page it asks the reader again, as the isolated world's request may have come before the data.
 */
export function currentResponse(win: Window): unknown {
  const doc = win.document;
  if (!fetched.has(doc)) {
    fetched.set(doc, undefined);
    doc.addEventListener('yt-page-data-fetched', (event) => {
      fetched.set(doc, dig((event as CustomEvent).detail, ['pageData', 'response']));
      doc.dispatchEvent(new CustomEvent(PAGE_DATA_REQUEST_EVENT, { detail: 'all' }));
    });
  }
  const url = new URL(win.location.href);
  const app = dig(doc.querySelector('ytd-app'), ['data', 'response']);
  return [fetched.get(doc), app, (win as unknown as Bag).ytInitialData].find((r) => r && isCurrentResponse(r, url));
}
