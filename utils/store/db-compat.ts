/** A key path as IndexedDB reports it: a string, or an array of strings for a compound key. */
export type KeyPath = string | readonly string[];

/** What a build reads and writes: each store's key path and its indexes' key paths. */
export type SchemaShape = Readonly<Record<string, { keyPath: KeyPath; indexes: Readonly<Record<string, KeyPath>> }>>;

/** For pages that word the failure themselves, rather than showing the message. */
export const NEWER_DATABASE_INCOMPATIBLE = 'newer-database-incompatible';

/**
 * The reports database was made by a newer build and lacks something this build needs. Nothing
 * was changed: updating the extension again reads it. The message carries both languages
 * because the background sends pages only an error's text.
 */
export class NewerDatabaseError extends Error {
  override name = 'NewerDatabaseError';
  readonly code = NEWER_DATABASE_INCOMPATIBLE;

  constructor(
    readonly version: number,
    readonly supported: number,
    readonly missing: readonly string[],
  ) {
    const what = missing.join(', ');
    super(
      `[${NEWER_DATABASE_INCOMPATIBLE}] The report store was made by a newer version of ClaimCheck ` +
        `(database version ${version}; this version reads ${supported}) and lacks ${what}. Nothing was deleted: ` +
        'update ClaimCheck to read and file reports again. / ' +
        `举报库由更新版本的 ClaimCheck 创建（数据库版本 ${version}，本版本为 ${supported}），缺少 ${what}。` +
        '没有删除任何数据：请更新 ClaimCheck 后再查看和提交举报。',
    );
  }
}

const sameKeyPath = (a: string | string[] | null, b: KeyPath): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * What of `shape` the database lacks: 'store', 'store.index', or either with '(key path)' when it
 * reads another field, or an index turned unique (writes this build makes could then fail).
 * Extra stores and indexes are fine: the browser keeps an index current on every write.
 */
export function schemaGaps(db: IDBDatabase, shape: SchemaShape): string[] {
  const gaps = Object.keys(shape).filter((name) => !db.objectStoreNames.contains(name));
  const present = Object.keys(shape).filter((name) => db.objectStoreNames.contains(name));
  if (present.length === 0) return gaps;
  // Indexes can only be read through a transaction; one with no requests commits by itself.
  const tx = db.transaction(present, 'readonly');
  for (const name of present) {
    const store = tx.objectStore(name);
    const { keyPath, indexes } = shape[name]!;
    if (!sameKeyPath(store.keyPath, keyPath)) gaps.push(`${name} (key path)`);
    for (const [indexName, indexPath] of Object.entries(indexes)) {
      if (!store.indexNames.contains(indexName)) {
        gaps.push(`${name}.${indexName}`);
        continue;
      }
      const index = store.index(indexName);
      if (!sameKeyPath(index.keyPath, indexPath)) gaps.push(`${name}.${indexName} (key path)`);
      else if (index.unique) gaps.push(`${name}.${indexName} (unique)`);
    }
  }
  return gaps;
}
