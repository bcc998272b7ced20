/** Picks one page of each type of the built site, so that browser checks cover every template. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { dist } from './site-content';

/** "/" → "/", "/xa/" → "/xa/", "/xa/ha-mon/" → "/xa/*", "/mo-hinh/loai/tap-the/" → "/mo-hinh/loai/*". */
export function pageType(path: string): string {
  const segments = path.split('/').filter(Boolean);
  if (segments.length < 2) return path;
  return `/${[...segments.slice(0, -1), '*'].join('/')}`;
}

/** The fullest page (largest HTML) of each type: the one with the most markup to check. */
export function pageTypes(pages: readonly string[], root = dist): string[] {
  const best = new Map<string, { path: string; size: number }>();
  for (const path of pages) {
    const size = statSync(join(root, path, 'index.html')).size;
    const type = pageType(path);
    if ((best.get(type)?.size ?? -1) < size) best.set(type, { path, size });
  }
  return [...best.values()].map((b) => b.path).sort();
}
