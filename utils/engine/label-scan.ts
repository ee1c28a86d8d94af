import { Matcher } from './matcher';
import { normalizeForMatch } from './normalize';
import { LABEL_MARKERS, type LabelMarker } from './rules/label-markers';

// Built on first use, not when the module loads (the content script's load is one task).
let labelMatcher: Matcher<LabelMarker> | undefined;

/** Finds label-markers.ts's words in a label (or a name) in match form. */
export const labelMarkerMatcher = (): Matcher<LabelMarker> => {
  labelMatcher ??= new Matcher<LabelMarker>(
    Object.entries(LABEL_MARKERS).flatMap(([marker, words]) =>
      words.map((w) => ({ text: normalizeForMatch(w), payload: marker as LabelMarker })),
    ),
  );
  return labelMatcher;
};
