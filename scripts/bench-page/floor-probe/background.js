// bench:page waits for an extension's service worker before it starts; this one does nothing.
