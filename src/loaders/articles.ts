/**
 * The loader of the article collections (models, reports): Astro's glob() loader, but an .mdx file
 * is read as data (its frontmatter, by the MDX integration's own entry type, so it parses exactly
 * as before, and its body as text) instead of becoming a module that Vite bundles and the build
 * then runs: most of a bare MDX site's time and memory at a thousand articles (npm run bench).
 * Pages turn the body into HTML when they render it (ArticleBody.astro, src/lib/article/html.ts).
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';

/** The part of an entry type (what an integration registers for a file extension) used here. */
interface EntryType {
  extensions: string[];
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}

/** Astro hands glob() the entry types of the integrations; it is not part of the public loader context. */
type GlobContext = LoaderContext & { entryTypes?: Map<string, EntryType> };

export function articles(options: { pattern: string; base: string }): Loader {
  const inner = glob(options);
  return {
    name: 'dan-van-kheo:articles',
    async load(context) {
      const { entryTypes } = context as GlobContext;
      const mdx = entryTypes?.get('.mdx');
      if (!entryTypes || !mdx) throw new Error('Không đọc được bài .mdx: cần tích hợp @astrojs/mdx trong astro.config.mjs.');
      // An entry type with no render function and no module: glob() stores the body as it is.
      const asData: EntryType = { extensions: ['.mdx'], getEntryInfo: (params) => mdx.getEntryInfo(params) };
      await inner.load({ ...context, entryTypes: new Map([...entryTypes, ['.mdx', asData]]) } as GlobContext);
    },
  };
}
