// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { onBuildWarning } from './src/integrations/build-warnings.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import { cspDirectives } from './src/lib/csp.ts';

// The one place the public address is configured; canonical URLs, cards, the feed and the sitemap derive from it.
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Several pages at a time: a social card's PNG encoding (sharp, off the main thread) overlaps other pages' rendering
  // (npm run bench -- 1000: 74–86 s at 1, 59 s at 2, 53 s at 4).
  build: { format: 'directory', concurrency: 4 },
  // pagefindIndex last: it indexes the pages the others have written.
  integrations: [mdx(), sitemap(), pagefindIndex()],
  // No code blocks in the content; Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  // A <meta> Content-Security-Policy on every page: script-src and style-src list only 'self' and the
  // hashes of what Astro emits (never 'unsafe-inline'); a page can add sources with BaseLayout's scriptSources.
  security: { csp: { directives: [...cspDirectives] } },
  vite: { build: { rolldownOptions: { onwarn: onBuildWarning } } },
});
