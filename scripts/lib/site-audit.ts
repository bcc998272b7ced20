/**
 * Checks a built site as a reader meets it: every internal link and anchor leads somewhere,
 * every page is valid HTML with a title, a description and something to read, and the
 * sitemap lists only pages that exist. Run on dist/ by `npm run check:site` and the tests,
 * and on the staging folder by `npm run build` before it replaces dist/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { parse, type HTMLElement } from 'node-html-parser';
import { linkProblem } from '../../src/lib/content-check/internal-links';

export interface SiteProblem {
  /** The page (or file) as a site path: "/xa/ha-mon/". */
  page: string;
  message: string;
  line?: number;
}

export interface AuditOptions {
  /**
   * The public address the pages were built for; absolute links to it count as internal.
   * Default: the home page's canonical address, which the build derives from the configured site.
   */
  site?: string;
  /** Skip the HTML validator (link and content checks only). */
  skipHtmlValidation?: boolean;
}

const htmlRules: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Titles of reports come from their source documents and may be long; search engines cut, readers do not mind.
    'long-title': 'off',
  },
};

/** A file of the built site as the path a browser asks for: "xa/index.html" → "/xa/". */
export function pagePath(relativeFile: string): string {
  const path = `/${relativeFile.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dir, name)).isFile());
}

function lineOf(html: string, element: HTMLElement): number | undefined {
  const start = element.range?.[0];
  if (start === undefined) return undefined;
  let line = 1;
  for (let i = 0; i < start; i++) if (html.charCodeAt(i) === 10) line++;
  return line;
}

/** Every address a page points to: links, stylesheets, scripts, images and their srcset candidates. */
function referencesOf(root: HTMLElement): { element: HTMLElement; url: string }[] {
  const found: { element: HTMLElement; url: string }[] = [];
  for (const element of root.querySelectorAll('a[href], link[href], area[href]')) found.push({ element, url: element.getAttribute('href')! });
  for (const element of root.querySelectorAll('img[src], script[src], source[src], iframe[src]')) found.push({ element, url: element.getAttribute('src')! });
  for (const element of root.querySelectorAll('img[srcset], source[srcset]')) {
    for (const candidate of element.getAttribute('srcset')!.split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) found.push({ element, url });
    }
  }
  return found;
}

function contentProblems(page: string, root: HTMLElement): SiteProblem[] {
  const problems: SiteProblem[] = [];
  if (!root.querySelector('title')?.textContent.trim()) problems.push({ page, message: 'trang không có tiêu đề (<title> trống hoặc thiếu)' });
  if (!root.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()) problems.push({ page, message: 'trang không có mô tả (<meta name="description"> trống hoặc thiếu)' });
  const main = root.querySelector('main') ?? root.querySelector('body');
  if (!main || main.textContent.replace(/\s+/g, '').length === 0) problems.push({ page, message: 'trang trống: không có chữ nào trong phần nội dung' });
  return problems;
}

/** Problems of the built site in `dir`, page by page; empty when all is well. */
export async function auditSite(dir: string, options: AuditOptions = {}): Promise<SiteProblem[]> {
  const files = listFiles(dir);
  const urls = new Set<string>();
  for (const file of files) {
    urls.add(`/${file.split('\\').join('/')}`);
    urls.add(pagePath(file));
  }
  const pages = files.filter((f) => f.endsWith('.html')).map((file) => {
    const html = readFileSync(join(dir, file), 'utf8');
    return { file, url: pagePath(file), html, root: parse(html) };
  });
  const anchors = new Map(pages.map((p) => [p.url, new Set(p.root.querySelectorAll('[id], a[name]').map((e) => e.getAttribute('id') ?? e.getAttribute('name')!))]));
  const targets = { urls, anchors };
  const canonical = pages.find((p) => p.url === '/')?.root.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const site = options.site ?? canonical;
  const origin = site && URL.canParse(site) ? new URL(site).origin : undefined;

  const problems: SiteProblem[] = [];
  for (const page of pages) {
    problems.push(...contentProblems(page.url, page.root));
    for (const { element, url } of referencesOf(page.root)) {
      const written = origin && url.startsWith(`${origin}/`) ? url.slice(origin.length) : url;
      const message = linkProblem(written, page.url, targets);
      if (message) problems.push({ page: page.url, line: lineOf(page.html, element), message });
    }
  }
  for (const sitemap of files.filter((f) => /^sitemap.*\.xml$/.test(f))) {
    for (const [, loc] of readFileSync(join(dir, sitemap), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const path = origin && loc!.startsWith(origin) ? loc!.slice(origin.length) : new URL(loc!).pathname;
      if (!urls.has(path)) problems.push({ page: `/${sitemap}`, message: `sơ đồ trang liệt kê địa chỉ không có: ${loc}` });
    }
  }
  if (!options.skipHtmlValidation) {
    const validator = new HtmlValidate(htmlRules);
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.file);
      for (const message of report.results.flatMap((r) => r.messages)) {
        problems.push({ page: page.url, line: message.line, message: `HTML không hợp lệ (${message.ruleId}): ${message.message}` });
      }
    }
  }
  return problems;
}

export function formatSiteProblem(problem: SiteProblem): string {
  return `${problem.page}${problem.line === undefined ? '' : `:${problem.line}`} ${problem.message}`;
}

/**
 * The lines `npm run check:site` prints: a fault in the shared layout shows on every page, so a
 * message met on more than three pages is printed once, with the count and the first pages.
 */
export function siteReportLines(problems: readonly SiteProblem[]): string[] {
  const byMessage = new Map<string, SiteProblem[]>();
  for (const problem of problems) byMessage.set(problem.message, [...(byMessage.get(problem.message) ?? []), problem]);
  return [...byMessage.entries()].flatMap(([message, list]) =>
    list.length <= 3 ? list.map(formatSiteProblem) : [`${message} — trên ${list.length} trang: ${list.slice(0, 3).map((p) => p.page).join(', ')}, …`],
  );
}
