/**
 * What a built site asks of a static host (npm run bench, README "Triển khai"): bytes, files, the largest
 * file, the heaviest HTML page once gzipped (what a reader downloads), the bytes by kind of file, and how
 * many model links the fullest page holds (a listing that grows with the catalogue shows here first).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtFiles } from './site-pages';

export interface FileSize {
  /** Path inside the built site, with "/" separators: "mo-hinh/index.html". */
  path: string;
  bytes: number;
}

export interface OutputSize {
  bytes: number;
  files: number;
  largest: FileSize;
  /** The HTML page largest once gzipped (level 9), with that gzipped size. */
  heaviestPage: FileSize;
  /** The HTML page with the most links to model pages, and how many. */
  longestListing: { path: string; models: number };
  /** The folder with the most entries (files and folders) directly in it; a host may limit that (Netlify). */
  fullestFolder: { path: string; entries: number };
  /** Bytes by kind: social cards, HTML pages, open data, search index, other. */
  byKind: Record<OutputKind, number>;
}

export const outputKinds = ['cards', 'html', 'data', 'search', 'other'] as const;
export type OutputKind = (typeof outputKinds)[number];

export function outputKind(path: string): OutputKind {
  if (path.startsWith('anh-the/')) return 'cards';
  if (path.startsWith('pagefind/')) return 'search';
  if (path.startsWith('du-lieu/') && !path.endsWith('.html')) return 'data';
  if (path.endsWith('.html')) return 'html';
  return 'other';
}

/** A link to a model's page, not to a filter (/mo-hinh/loai/…) or a later page of the list (/mo-hinh/trang/2/). */
const modelLink = /href="(\/mo-hinh\/(?!loai\/|trang\/)[^"/]+\/)"/g;

/** The model pages an HTML page links to, each once. */
export function modelLinksIn(html: string): Set<string> {
  return new Set(Array.from(html.matchAll(modelLink), (match) => match[1]!));
}

export function outputSize(root: string): OutputSize {
  const size: OutputSize = {
    bytes: 0,
    files: 0,
    largest: { path: '', bytes: 0 },
    heaviestPage: { path: '', bytes: 0 },
    longestListing: { path: '', models: 0 },
    fullestFolder: { path: '', entries: 0 },
    byKind: Object.fromEntries(outputKinds.map((k) => [k, 0])) as Record<OutputKind, number>,
  };
  const folders = new Map<string, Set<string>>();
  for (const path of builtFiles(root)) {
    const parts = path.split('/');
    parts.forEach((part, depth) => {
      const folder = parts.slice(0, depth).join('/');
      if (!folders.has(folder)) folders.set(folder, new Set());
      folders.get(folder)!.add(part);
    });
    const bytes = statSync(join(root, path)).size;
    size.bytes += bytes;
    size.files += 1;
    size.byKind[outputKind(path)] += bytes;
    if (bytes > size.largest.bytes) size.largest = { path, bytes };
    if (!path.endsWith('.html')) continue;
    const html = readFileSync(join(root, path));
    const gzip = gzipSync(html, { level: 9 }).length;
    if (gzip > size.heaviestPage.bytes) size.heaviestPage = { path, bytes: gzip };
    const models = modelLinksIn(html.toString('utf8')).size;
    if (models > size.longestListing.models) size.longestListing = { path, models };
  }
  for (const [path, entries] of folders) if (entries.size > size.fullestFolder.entries) size.fullestFolder = { path: path || '.', entries: entries.size };
  return size;
}
