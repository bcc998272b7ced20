/**
 * The Content Security Policy. Astro writes script-src and style-src itself, with a hash of every
 * script and style it emits (security.csp in astro.config.mjs); these are the other directives,
 * the same on every page. frame-ancestors cannot be set from a <meta> element: public/_headers sends it.
 */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * A page that needs more than same-origin scripts names the extra script-src sources, e.g. the
 * search page: ["'wasm-unsafe-eval'"] for Pagefind's WebAssembly. Astro drops its default 'self'
 * once a page sets any source, so 'self' is kept here. No page may add 'unsafe-inline'.
 */
export function pageScriptSources(extra: readonly string[]): string[] {
  if (extra.includes("'unsafe-inline'")) throw new Error("CSP: 'unsafe-inline' không được dùng cho script");
  return extra.length === 0 ? [] : ["'self'", ...extra.filter((source) => source !== "'self'")];
}
