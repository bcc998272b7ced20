/** Discovery, sharing and safety of the built site: sitemap, feed, cards, JSON-LD, CSP, no scripts. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import Parser from 'rss-parser';
import { isUnlisted, paths } from '../src/lib/site/paths';
import { FEED_SIZE } from '../src/lib/publishing/feed';
import { builtPages, dist, jsonLd, loadSeedCatalog, page, textOf } from './site-content';

const catalog = loadSeedCatalog();
const pages = builtPages();
const home = page('/');
const origin = new URL(home.querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
const meta = (html: ReturnType<typeof page>, key: string) =>
  html.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
/** The pages search engines are given: all but the editors' pages, which are noindex and out of the sitemap (tests/worklist.test.ts). */
const indexed = pages.filter((p) => meta(page(p), 'robots') !== 'noindex');
/** The search page (another issue) is the one page allowed to load code. */
const scriptFree = pages.filter((p) => p !== paths.search);

describe('discovery', () => {
  it('builds the pages the tests expect', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/gioi-thieu/', ...catalog.models.map((m) => m.url), ...catalog.reports.map((r) => r.url)]));
  });

  it('lists every page in the sitemap, at its canonical URL, and not the 404 page', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.sort()).toEqual(indexed.map((p) => page(p).querySelector('link[rel="canonical"]')?.getAttribute('href')).sort());
    expect(locs.every((loc) => loc?.startsWith(`${origin}/`))).toBe(true);
    expect(sitemap).not.toContain('404');
    // Only the editors' pages are kept from search engines; any other page left out would be a fault.
    expect(pages.filter((p) => !indexed.includes(p))).toEqual(pages.filter(isUnlisted));
    expect(pages.filter(isUnlisted)).toContain(paths.worklist);
  });

  it('points robots.txt at the sitemap of the same site', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
  });

  it('has a feed with every model and report (the seed holds fewer than FEED_SIZE), linked from every page', () => {
    const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(catalog.models.length + catalog.reports.length).toBeLessThan(FEED_SIZE);
    for (const item of [...catalog.models, ...catalog.reports]) expect(feed).toContain(`<link>${origin}${item.url}</link>`);
    for (const path of pages) {
      const html = page(path);
      expect(html.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'), path).toBe(paths.feed);
      expect(html.querySelector(`footer a[href="${paths.feed}"]`), path).not.toBeNull();
    }
  });

  it('gives each commune, unit and field a feed of its own models, announced and linked from its page', async () => {
    const groups = [
      ...catalog.byCommune.map((g) => ({ url: paths.commune(g.key.id), models: g.models })),
      ...catalog.byUnit.flatMap((s) => s.units).map((g) => ({ url: paths.unit(g.key.id), models: g.models })),
      ...catalog.byField.map((g) => ({ url: paths.field(g.key.id), models: g.models })),
    ];
    expect(groups.length).toBeGreaterThan(20);
    for (const group of groups) {
      const feedUrl = paths.groupFeed(group.url);
      const feed = await new Parser().parseString(readFileSync(join(dist, feedUrl), 'utf8'));
      expect(feed.items.map((i) => new URL(i.link!).pathname).sort(), feedUrl).toEqual(group.models.map((m) => m.url).sort());
      const html = page(group.url);
      expect(html.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]').map((l) => l.getAttribute('href')), group.url).toEqual([paths.feed, feedUrl]);
      expect(html.querySelector(`main a[href="${feedUrl}"]`), group.url).not.toBeNull();
    }
  });

  it('answers a missing address with a Vietnamese 404 page kept out of search engines', () => {
    const notFound = page('/404.html');
    expect(textOf(notFound.querySelector('h1'))).toBe('Không tìm thấy trang');
    expect(meta(notFound, 'robots')).toBe('noindex');
    expect(notFound.querySelector('link[rel="canonical"]')).toBeNull();
    expect(notFound.querySelector('main a[href="/"]')).not.toBeNull();
  });
});

describe('sharing', () => {
  it.each(indexed)('%s has Open Graph and Twitter tags with a 1200×630 card', async (path) => {
    const html = page(path);
    const canonical = html.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(canonical).toBe(`${origin}${path}`);
    expect(meta(html, 'og:url')).toBe(canonical);
    expect(meta(html, 'og:title')).toBeTruthy();
    expect(meta(html, 'og:description')).toBe(meta(html, 'description'));
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    const image = meta(html, 'og:image')!;
    expect(meta(html, 'twitter:image')).toBe(image);
    expect(image.startsWith(`${origin}/anh-the/`)).toBe(true);
    const file = join(dist, new URL(image).pathname);
    const { width, height, format } = await sharp(file).metadata();
    expect([format, width, height]).toEqual(['png', 1200, 630]);
    expect(meta(html, 'og:image:type')).toBe('image/png');
  });

  it('gives every model and report its own card', () => {
    for (const item of [...catalog.models, ...catalog.reports]) {
      expect(meta(page(item.url), 'og:image')).toBe(`${origin}${paths.card(item.url)}`);
      expect(existsSync(join(dist, paths.card(item.url)))).toBe(true);
    }
  });
});

describe('JSON-LD', () => {
  it.each(catalog.models.map((m) => [m.url, m.data.title, m.data.author] as const))('%s is an Article with author, dates and publisher', (path, title, author) => {
    const nodes = jsonLd(page(path));
    const article = nodes.find((n) => n['@type'] === 'Article')!;
    const publisher = nodes.find((n) => n['@type'] === 'Organization')!;
    expect(article).toMatchObject({ headline: title, author: { name: author }, publisher: { '@id': publisher['@id'] }, mainEntityOfPage: `${origin}${path}` });
    expect(article.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(publisher.name).toBe('Liên đoàn Lao động huyện Đăk Hà');
  });

  it('describes the report’s signatory as a person with her position', () => {
    const report = catalog.reports[0]!;
    const article = jsonLd(page(report.url)).find((n) => n['@type'] === 'Article')!;
    expect(article.author).toEqual({ '@type': 'Person', name: report.data.author, jobTitle: report.data.authorRole });
    expect(article.datePublished).toBe('2019-08-30');
  });

  it.each(pages)('%s has a BreadcrumbList exactly when it shows a trail, and the same one', (path) => {
    const html = page(path);
    const visible = html.querySelectorAll('.breadcrumbs li').map(textOf);
    const list = jsonLd(html).find((n) => n['@type'] === 'BreadcrumbList') as { itemListElement: { name: string; item: string }[] } | undefined;
    if (visible.length === 0) {
      expect(list).toBeUndefined();
      return;
    }
    expect(list?.itemListElement.map((i) => i.name)).toEqual(visible);
    expect(list?.itemListElement.at(-1)?.item).toBe(`${origin}${path}`);
  });
});

describe('no JavaScript, and a strict CSP', () => {
  it.each(scriptFree)('%s ships no script but JSON-LD, and no inline handlers', (path) => {
    const html = page(path);
    expect(html.querySelectorAll('script').map((s) => s.getAttribute('type'))).toEqual(['application/ld+json']);
    const handlers = html.querySelectorAll('*').flatMap((el) => Object.keys(el.attributes).filter((a) => /^on/i.test(a)));
    expect(handlers).toEqual([]);
    expect(html.outerHTML).not.toMatch(/javascript:/i);
  });

  it.each(pages)('%s carries a CSP without unsafe-inline for scripts', (path) => {
    const csp = page(path).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `));
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('script-src')).toMatch(/^script-src 'self'/);
    expect(directive('script-src')).not.toContain('unsafe-inline');
    expect(directive('style-src')).not.toContain('unsafe-inline');
  });
});

describe('fonts', () => {
  it('preloads the self-hosted heading font that the stylesheet uses, with font-display: swap', () => {
    const preload = home.querySelector('link[rel="preload"][as="font"]');
    const href = preload?.getAttribute('href') ?? '';
    expect(preload?.getAttribute('type')).toBe('font/woff2');
    expect(preload?.hasAttribute('crossorigin')).toBe(true);
    expect(readFileSync(join(dist, href)).subarray(0, 4).toString('latin1')).toBe('wOF2');
    const css = home.querySelectorAll('link[rel="stylesheet"]').map((l) => readFileSync(join(dist, l.getAttribute('href')!), 'utf8')).join('');
    const fontFace = css.match(/@font-face\{[^}]*\}/)?.[0] ?? '';
    expect(fontFace).toContain(`url(${href})`);
    expect(fontFace).toContain('font-display:swap');
  });

  it('loads nothing from another host', () => {
    for (const path of pages) {
      const urls = page(path).querySelectorAll('link[href], script[src], img[src], source[srcset]').map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('srcset') ?? '');
      const foreign = urls.filter((u) => /^(https?:)?\/\//.test(u) && !u.startsWith(origin));
      expect(foreign, path).toEqual([]);
    }
  });
});
