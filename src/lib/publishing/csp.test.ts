import { describe, expect, it } from 'vitest';
import { cspDirectives, pageScriptSources } from './csp';

describe('pageScriptSources', () => {
  it('adds nothing for a page that needs nothing, so Astro keeps its own default', () => {
    expect(pageScriptSources([])).toEqual([]);
  });

  it("keeps 'self' beside the sources a page adds", () => {
    expect(pageScriptSources(["'wasm-unsafe-eval'"])).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(pageScriptSources(["'self'", "'wasm-unsafe-eval'"])).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it("refuses 'unsafe-inline'", () => {
    expect(() => pageScriptSources(["'unsafe-inline'"])).toThrow(/unsafe-inline/);
  });
});

describe('cspDirectives', () => {
  it('confine everything to the site itself and forbid plugins', () => {
    expect(cspDirectives).toContain("default-src 'self'");
    expect(cspDirectives).toContain("object-src 'none'");
    expect(cspDirectives.join(';')).not.toMatch(/script-src|style-src|unsafe/);
  });
});
