// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { onBuildWarning } from './src/integrations/build-warnings.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

// The one place the public address is configured; canonical URLs and the sitemap derive from it.
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // pagefindIndex last: it indexes the pages the others have written.
  integrations: [mdx(), sitemap(), pagefindIndex()],
  vite: { build: { rolldownOptions: { onwarn: onBuildWarning } } },
});
