/**
 * The published limits of the static hosts the README's "Triển khai" checks the output against
 * (npm run bench prints each beside the measured output). Each limit says where it was read, on
 * which day: hosts change them, so read the page again before relying on a figure.
 */
import type { OutputSize } from './output-size';

export interface HostLimit {
  host: string;
  /** What is limited, in the bench's words. */
  what: string;
  limit: number;
  measured: (size: OutputSize) => number;
  unit: 'bytes' | 'files';
  source: string;
}

const MiB = 1024 * 1024;
// Read on 04/12/2026.
const github = 'https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits';
const cloudflare = 'https://developers.cloudflare.com/pages/platform/limits/';
const netlify = 'https://docs.netlify.com/site-deploys/overview/';

export const hostLimits: HostLimit[] = [
  { host: 'GitHub Pages', what: 'published site', limit: 1024 * MiB, measured: (s) => s.bytes, unit: 'bytes', source: github },
  { host: 'Cloudflare Pages (Free)', what: 'files per site', limit: 20_000, measured: (s) => s.files, unit: 'files', source: cloudflare },
  { host: 'Cloudflare Pages (paid)', what: 'files per site', limit: 100_000, measured: (s) => s.files, unit: 'files', source: cloudflare },
  { host: 'Cloudflare Pages', what: 'largest file', limit: 25 * MiB, measured: (s) => s.largest.bytes, unit: 'bytes', source: cloudflare },
  { host: 'Netlify', what: 'entries in one folder', limit: 54_000, measured: (s) => s.fullestFolder.entries, unit: 'files', source: netlify },
];

/** One line a limit: the measured figure, the limit, whether it fits, and where the limit was read. */
export function hostLimitLines(size: OutputSize): string[] {
  const show = (value: number, unit: HostLimit['unit']) => (unit === 'bytes' ? `${(value / MiB).toFixed(value < MiB ? 2 : 0)} MB` : String(value));
  return hostLimits.map((l) => {
    const value = l.measured(size);
    return `${l.host}, ${l.what}: ${show(value, l.unit)} of ${show(l.limit, l.unit)} — ${value <= l.limit ? 'fits' : 'DOES NOT FIT'} (${l.source})`;
  });
}
