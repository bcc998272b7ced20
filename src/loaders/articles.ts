/**
 * The loader of the article collections (models, reports): Astro's glob() loader, but an .mdx file
 * is read as data (its frontmatter, by the MDX integration's own entry type, so it parses exactly
 * as before, and its body as text) instead of becoming a module that Vite bundles and the build
 * then runs: most of a bare MDX site's time and memory at a thousand articles (npm run bench).
 * Pages turn the body into HTML when they render it (ArticleBody.astro, src/lib/article/html.ts).
 */
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { folderProblems, isInside, isLink, linkMessage, outsideMessage } from '../lib/content-check/containment';
import { readFrontmatter } from '../lib/content-check/frontmatter';
import { checkedText, yamlErrors } from './checked-text';

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
      const root = fileURLToPath(context.config.root);
      // An entry type with no render function and no module: glob() stores the body as it is.
      // glob() reads the file as UTF-8 and silently turns bad bytes into "�"; the bytes are read again
      // so that a UTF-16 file, a bad byte or an oversized file stops the build as the check would.
      const asData: EntryType = {
        extensions: ['.mdx'],
        getEntryInfo: (params) => mdx.getEntryInfo({ ...params, contents: decodedOrThrow(root, params.fileUrl) }),
      };
      // The same file rules as the content check, for the paths that never run it (astro build, astro dev).
      const refused = folderProblems(resolve(root, options.base)).map((p) => `${p.file} (tên tệp): ${p.message}`);
      if (refused.length > 0) throw new Error(refused.join('\n'));
      const parseData: LoaderContext['parseData'] = async (entry) => {
        coverProblem(root, entry.filePath, (entry.data as { cover?: { src?: unknown } }).cover?.src);
        return context.parseData(entry);
      };
      await inner.load({ ...context, parseData, entryTypes: new Map([...entryTypes, ['.mdx', asData]]) } as GlobContext);
    },
  };
}

/** Stops the build on a cover that is a link or lies outside content/, naming the file and field. */
function coverProblem(root: string, filePath: string | undefined, src: unknown): void {
  if (typeof src !== 'string' || !filePath || /^[a-z][a-z\d+.-]*:/i.test(src)) return;
  const path = resolve(root, dirname(filePath), src);
  const message = isLink(path) ? linkMessage(src) : isInside(path, join(root, 'content')) ? undefined : outsideMessage(src, 'content/');
  if (message) throw new Error(`${filePath} cover.src: ${message}`);
}

/**
 * A file's text as the content check reads it (a byte-order mark dropped), or an error naming file
 * and line. Its frontmatter is read first by the check's YAML reader, which refuses an alias bomb:
 * Astro's own (js-yaml) expands aliases without a limit, and the schema would then walk billions of values.
 */
function decodedOrThrow(root: string, fileUrl: URL): string {
  const file = relative(root, fileURLToPath(fileUrl));
  const text = checkedText(fileUrl, file);
  const { errors } = readFrontmatter(text);
  if (errors.length > 0) throw yamlErrors(file, errors);
  return text;
}
