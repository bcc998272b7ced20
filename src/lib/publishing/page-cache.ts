/**
 * Keys for Astro's incremental build: a page whose key and code are as in the last build is not
 * rendered again but copied from it. A key is a hash of everything the page shows, so any change
 * to that (the article, its unit, commune, fields, the models it copies or that copy it) renders it.
 */
import { createHash } from 'node:crypto';

export function pageCacheKey(shown: unknown): string {
  return createHash('sha256').update(JSON.stringify(shown)).digest('hex');
}
