import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from './headers-file';

describe('parseHeadersFile', () => {
  const rules = parseHeadersFile('# c\n/*\n  X-A: 1\n  X-B: a: b\n\n/_astro/*\n  Cache-Control: immutable\n');

  it('reads patterns and their headers', () => {
    expect(rules).toEqual([
      { pattern: '/*', headers: [['X-A', '1'], ['X-B', 'a: b']] },
      { pattern: '/_astro/*', headers: [['Cache-Control', 'immutable']] },
    ]);
  });

  it('applies every matching rule to a path', () => {
    expect(headersFor(rules, '/_astro/a.css').map(([name]) => name)).toEqual(['X-A', 'X-B', 'Cache-Control']);
    expect(headersFor(rules, '/xa/').map(([name]) => name)).toEqual(['X-A', 'X-B']);
  });

  it('names the line of a header outside any path', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/dòng 1/);
  });
});

describe('public/_headers', () => {
  const all = Object.fromEntries(headersFor(parseHeadersFile(readFileSync('public/_headers', 'utf8')), '/mo-hinh/cho-que/'));

  it('sends the usual hardening headers on every page', () => {
    expect(all).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    expect(all['Strict-Transport-Security']).toMatch(/^max-age=\d+/);
    expect(all['Permissions-Policy']).toContain('camera=()');
  });

  it('adds frame-ancestors, which a <meta> CSP cannot, and leaves scripts to the page’s own policy', () => {
    const csp = all['Content-Security-Policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src|style-src|default-src/);
  });
});
