/** The seed content loaded outside Astro, and helpers to read the built HTML in dist/. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { buildCatalog } from '../src/lib/catalog';
import { loadContentFiles } from '../src/lib/content-files';

export const dist = join(process.cwd(), 'dist');

export function loadSeedCatalog() {
  const { raw, problems } = loadContentFiles();
  if (problems.length > 0) throw new Error(JSON.stringify(problems, null, 2));
  return buildCatalog(raw);
}

/** The built page at a site path such as "/xa/ha-mon/"; root is another build's output where given. */
export function page(path: string, root = dist): HTMLElement {
  const file = join(root, path, 'index.html');
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
