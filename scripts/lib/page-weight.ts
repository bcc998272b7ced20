/**
 * What a page costs a reader on a slow phone network: the bytes of each kind of file the browser
 * fetched for it, raw and as a server would send them (gzip, brotli). WOFF2 and images are already
 * compressed, so they count as they are.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const kinds = ['html', 'css', 'fonts', 'scripts', 'images', 'other'] as const;
export type Kind = (typeof kinds)[number];

export interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface Fetched {
  url: string;
  /** The browser's resource type: document, stylesheet, font, script, image, fetch… */
  resourceType: string;
  body: Buffer;
}

export function kindOf(resourceType: string): Kind {
  switch (resourceType) {
    case 'document':
      return 'html';
    case 'stylesheet':
      return 'css';
    case 'font':
      return 'fonts';
    case 'script':
      return 'scripts';
    case 'image':
      return 'images';
    default:
      return 'other';
  }
}

const precompressed = new Set<Kind>(['fonts', 'images']);

export function sizes(body: Buffer, kind: Kind): Bytes {
  if (precompressed.has(kind) || body.length === 0) return { raw: body.length, gzip: body.length, brotli: body.length };
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function add(a: Bytes, b: Bytes): Bytes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

const zero: Bytes = { raw: 0, gzip: 0, brotli: 0 };

export interface PageWeight {
  byKind: Record<Kind, Bytes>;
  /** Everything but images: what the budget limits. */
  withoutImages: Bytes;
}

export function pageWeight(fetched: readonly Fetched[]): PageWeight {
  const byKind = Object.fromEntries(kinds.map((k) => [k, zero])) as Record<Kind, Bytes>;
  for (const file of fetched) {
    const kind = kindOf(file.resourceType);
    byKind[kind] = add(byKind[kind], sizes(file.body, kind));
  }
  const withoutImages = kinds.filter((k) => k !== 'images').reduce((sum, k) => add(sum, byKind[k]), zero);
  return { byKind, withoutImages };
}

/** "12,3 KB" (1 KB = 1000 bytes, as budgets are usually written). */
export function kb(bytes: number): string {
  return `${(bytes / 1000).toLocaleString('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KB`;
}
