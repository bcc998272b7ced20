import { describe, expect, it } from 'vitest';
import { hostLimitLines } from './host-limits';
import type { OutputSize } from './output-size';

const size = (files: number, bytes: number): OutputSize => ({
  bytes,
  files,
  largest: { path: 'du-lieu/mo-hinh.json', bytes: 30 * 1024 * 1024 },
  heaviestPage: { path: 'index.html', bytes: 1 },
  longestListing: { path: 'index.html', models: 0 },
  fullestFolder: { path: 'mo-hinh', entries: 10_001 },
  byKind: { cards: 0, html: 0, data: 0, search: 0, other: 0 },
});

describe('hostLimitLines', () => {
  it('says which published limit the output passes, with where it was read', () => {
    const lines = hostLimitLines(size(30_000, 600 * 1024 * 1024));
    expect(lines.find((l) => l.startsWith('GitHub Pages'))).toMatch(/600 MB of 1024 MB — fits \(https:\/\/docs\.github\.com\//);
    expect(lines.find((l) => l.startsWith('Cloudflare Pages (Free)'))).toMatch(/30000 of 20000 — DOES NOT FIT/);
    expect(lines.find((l) => l.startsWith('Cloudflare Pages (paid)'))).toMatch(/— fits/);
    expect(lines.find((l) => l.includes('largest file'))).toMatch(/30 MB of 25 MB — DOES NOT FIT/);
    expect(lines.find((l) => l.startsWith('Netlify'))).toMatch(/10001 of 54000 — fits/);
  });
});
