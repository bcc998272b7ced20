/** The files and pages of a built site, and one page of each type, for browser tests, the audit and the bench. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under root, as a path inside it with "/" separators ("mo-hinh/index.html"), sorted. */
export function builtFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Site paths of every page in root ("/", "/xa/ha-mon/"…), sorted; the 404 page is not one of them. */
export function builtPages(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      if (item.isDirectory()) walk(join(dir, item.name));
      else if (item.name === 'index.html') found.push(`/${relative(root, dir).split(sep).join('/')}/`.replace(/^\/\/$/, '/'));
    }
  };
  walk(root);
  return found.sort();
}

/** "/" → "/", "/xa/" → "/xa/", "/xa/ha-mon/" → "/xa/*", "/mo-hinh/loai/tap-the/" → "/mo-hinh/loai/*". */
export function pageType(path: string): string {
  const segments = path.split('/').filter(Boolean);
  if (segments.length < 2) return path;
  return `/${[...segments.slice(0, -1), '*'].join('/')}`;
}

/** The fullest page (largest HTML) of each type: the one with the most markup to check and to weigh. */
export function pageTypes(pages: readonly string[], root: string): string[] {
  const best = new Map<string, { path: string; size: number }>();
  for (const path of pages) {
    const size = statSync(join(root, path, 'index.html')).size;
    const type = pageType(path);
    if ((best.get(type)?.size ?? -1) < size) best.set(type, { path, size });
  }
  return [...best.values()].map((b) => b.path).sort();
}
