/** The seed content loaded outside Astro, and helpers to read the built HTML in dist/. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { builtPages as pagesIn } from '../scripts/lib/site-pages';
import { buildCatalog } from '../src/lib/catalog/catalog';
import { loadContentFiles } from '../src/lib/content-check/files';

export const dist = join(process.cwd(), 'dist');

export function loadSeedCatalog() {
  const { raw, problems } = loadContentFiles();
  if (problems.length > 0) throw new Error(JSON.stringify(problems, null, 2));
  return buildCatalog(raw);
}

/** The built page at a site path such as "/xa/ha-mon/", or a built file such as "/404.html"; root is another build's output where given. */
export function page(path: string, root = dist): HTMLElement {
  const file = path.endsWith('.html') ? join(root, path) : join(root, path, 'index.html');
  if (!existsSync(file)) throw new Error(`Không có trang ${path} trong dist/`);
  return parse(readFileSync(file, 'utf8'));
}

/** A built file that is not a page: "/du-lieu/mo-hinh.csv". */
export function builtFile(path: string, root = dist): Buffer {
  const file = join(root, path);
  if (!existsSync(file)) throw new Error(`Không có tệp ${path} trong dist/`);
  return readFileSync(file);
}

/** Text with white space collapsed and a space between elements, roughly as a reader sees it. */
export function textOf(element: HTMLElement | null | undefined): string {
  if (!element) return '';
  const spaced = element.outerHTML.replace(/<[^>]+>/g, ' ');
  return parse(spaced).textContent.replace(/\s+/g, ' ').trim();
}

/** Site paths of every page in dist/ ("/", "/xa/ha-mon/"…), sorted; the 404 page is not one of them. */
export function builtPages(root = dist): string[] {
  return pagesIn(root);
}

export type JsonLdNode = Record<string, unknown> & { '@type': string };

/** The nodes of a page's JSON-LD graph. */
export function jsonLd(html: HTMLElement): JsonLdNode[] {
  return html.querySelectorAll('script[type="application/ld+json"]').flatMap((s) => {
    const data = JSON.parse(s.textContent) as { '@graph'?: JsonLdNode[] } & JsonLdNode;
    return data['@graph'] ?? [data];
  });
}
