// No imports: the engine's trust check reads it too (utils/engine/alias-key.ts), and the engine
// must not reach zod (shipped.test.ts).

/**
 * The canonical key of a channel: its UC… id when known (a `/channel/UC…` link or page, or the
 * page data for its @handle: youtube.ts), else its lower-cased @handle.
 */
export function youtubeKey(handle: string | undefined, channelId: string | undefined): string | undefined {
  if (channelId) return `youtube:${channelId}`;
  return handle ? `youtube:@${handle.toLowerCase()}` : undefined;
}
