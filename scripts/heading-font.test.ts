import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADING_CHARACTERS, HEADING_FONT_FILE, subsetHeadingFont } from './heading-font';

describe('the heading font', () => {
  it('is a small WOFF2 file', () => {
    const committed = readFileSync(HEADING_FONT_FILE);
    expect(committed.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(committed.length).toBeLessThan(30_000);
  });

  it('is up to date with its character list (else run npm run fonts)', async () => {
    expect(Buffer.compare(await subsetHeadingFont(), readFileSync(HEADING_FONT_FILE))).toBe(0);
  });

  it('covers the whole Vietnamese alphabet, capitals included', () => {
    for (const c of 'ăâđêôơưệữĐẶỮỸ') expect(HEADING_CHARACTERS).toContain(c);
  });
});
