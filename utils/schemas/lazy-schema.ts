/**
 * A schema built on first use. zod builds a schema's internals when it is created, a few ms for
 * a content script's handful: at load that landed in the script's own evaluation task, a long
 * task on every page (bench:page); built lazily it costs only pages that send page data.
 */
export function lazySchema<T>(build: () => T): () => T {
  let schema: T | undefined;
  return () => {
    schema ??= build();
    return schema;
  };
}
