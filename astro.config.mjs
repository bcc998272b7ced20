// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefindIndex from './src/integrations/pagefind.ts';
import socialCards from './src/integrations/social-cards.ts';
import pictureMetadata from './src/integrations/picture-metadata.ts';
import editorAdmin from './src/integrations/editor-admin.ts';
import { cspDirectives } from './src/lib/publishing/csp.ts';
import { siteAddress } from './src/lib/site/address.ts';
import { isUnlisted } from './src/lib/site/paths.ts';

// The public address (SITE_URL); canonical URLs, cards, the feed and the sitemap derive from it.
const site = siteAddress();

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Model pages give a cacheKey (src/pages/mo-hinh/[id].astro): a rebuild after one article changed
  // renders that page and the pages that list models, and copies the rest from the last build.
  experimental: { incrementalBuild: true },
  // pagefindIndex after the integrations that write pages; socialCards last, so that the search
  // index is built while the cards (pictures, not pages) are still being drawn.
  // The sitemap leaves out the editors' pages (isUnlisted: /bien-tap/ and its sections' pages), which are noindex.
  // editorAdmin (only with EDITOR_BACKEND) after the search index, which must not hold the admin page.
  // pictureMetadata first: the originals Astro copies into _astro/ lose their EXIF before anything else runs.
  integrations: [mdx(), sitemap({ filter: (page) => !isUnlisted(new URL(page).pathname) }), pictureMetadata(), pagefindIndex(), socialCards(), editorAdmin()],
  // No code blocks in the content; Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  // A <meta> Content-Security-Policy on every page: script-src and style-src list only 'self' and the
  // hashes of what Astro emits (never 'unsafe-inline'); a page can add sources with BaseLayout's scriptSources.
  security: { csp: { directives: [...cspDirectives] } },
});
