/**
 * Keys for Astro's incremental build: a page whose key and code are as in the last build is not
 * rendered again but copied from it. A key is a hash of everything the page shows, so any change
 * to that (the article, its unit, commune, fields, the models it copies or that copy it) renders it.
 */
import { createHash } from 'node:crypto';

export function pageCacheKey(shown: unknown): string {
  return createHash('sha256').update(JSON.stringify(shown)).digest('hex');
}

const partKeys = new WeakMap<object, string>();

/** A part's key, hashed once however many files show the same object. */
function partKey(part: object): string {
  let key = partKeys.get(part);
  if (key === undefined) {
    key = pageCacheKey(part);
    partKeys.set(part, key);
  }
  return key;
}

/**
 * The key of a file that shows `head` and a list of parts which many files share (a model's record
 * is in the site's data file and in its commune's, unit's, year's…): the same as hashing them all,
 * without serialising a shared part again for each file that holds it.
 */
export function listCacheKey(head: unknown, parts: readonly object[]): string {
  return pageCacheKey({ head, parts: parts.map(partKey) });
}
