/**
 * What the seed cannot show, on a temporary copy of the project: pictures through the image
 * pipeline, a hostile title and unit name that must stay text everywhere, and a site URL that every
 * absolute address follows. The pictures are generated patterns, not photos of any place.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, type FixtureSite } from './fixture-site';
import { builtPages, jsonLd, textOf } from './site-content';
import { xmlText } from './xml';
import { isUnlisted, paths } from '../src/lib/site/paths';

const SITE = 'https://dvk.example';
const TITLE = '</script><script>alert(1)</script> & Mô hình “thử”';
const SUMMARY = 'Tóm tắt có <b>thẻ</b> & "ngoặc kép" </script><script>alert(2)</script>';
const UNIT = 'CĐCS "Thử" </script><script>alert(3)</script> & Co';
const COVER_ALT = 'Hoa văn thử nghiệm màu đỏ và vàng, không phải ảnh chụp';
const INLINE_ALT = 'Các sọc màu thử nghiệm, không phải ảnh chụp';

/** A synthetic pattern of stripes and circles, clearly not a photograph. */
function pattern(width: number, height: number): Buffer {
  const stripes = Array.from({ length: 12 }, (_, i) => `<rect x="${(i * width) / 12}" y="0" width="${width / 24}" height="${height}" fill="${i % 2 ? '#8a1c1c' : '#d9a400'}"/>`).join('');
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#f4f1ea"/>${stripes}<circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#0b57d0" opacity="0.6"/></svg>`);
}

const model = `---
title: '${TITLE.replace(/'/g, "''")}'
summary: '${SUMMARY.replace(/'/g, "''")}'
publishedAt: 2030-01-01
author: Ban biên tập
unit: don-vi-thu
fields: [truong-hoc-than-thien]
kind: collective
cover:
  src: ./thu-nghiem-bia.jpg
  alt: ${COVER_ALT}
---

Đoạn mở đầu của bài thử nghiệm.

![${INLINE_ALT}](./thu-nghiem-giua-bai.png)
`;

/** A draft: no page, but the editors' worklist lists it with its file. */
const DRAFT = `---
title: Bản nháp thử
summary: Bài chưa xong.
publishedAt: 2030-01-01
author: Ban biên tập
fields: [truong-hoc-than-thien]
kind: collective
draft: true
---

Chưa viết xong.
`;

let site: FixtureSite;
let html: HTMLElement;
let raw: string;

beforeAll(async () => {
  const units = readFileSync('content/units.yaml', 'utf8');
  site = buildFixtureSite(
    {
      'content/models/mo-hinh-thu.mdx': model,
      'content/models/ban-nhap-thu.mdx': DRAFT,
      'content/models/thu-nghiem-bia.jpg': await sharp(pattern(1600, 900)).jpeg().toBuffer(),
      'content/models/thu-nghiem-giua-bai.png': await sharp(pattern(900, 600)).png().toBuffer(),
      // A page that declares Pagefind's need, as the search page will.
      'src/pages/thu-csp.astro': `---\nimport BaseLayout from '../layouts/BaseLayout.astro';\n---\n<BaseLayout title="Thử CSP" description="Trang thử." scriptSources={["'wasm-unsafe-eval'"]}><h1>Thử CSP</h1></BaseLayout>\n`,
      'content/units.yaml': `${units}\ndon-vi-thu:\n  name: '${UNIT.replace(/'/g, "''")}'\n  shortName: 'Thử & <b>'\n  kind: agency\n`,
    },
    SITE,
  );
  raw = readFileSync(join(site.dist, 'mo-hinh/mo-hinh-thu/index.html'), 'utf8');
  html = parse(raw);
}, 180_000);

afterAll(() => (process.env.KEEP_FIXTURE ? console.log(site.root) : site?.remove()));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}

describe('content cannot inject markup', () => {
  it('no built page gains a script or an element from the content; the feed escapes it', () => {
    const built = files(site.dist);
    const pages = built.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(40);
    for (const file of pages) {
      const dom = parse(readFileSync(file, 'utf8'));
      // The search page alone carries its own code and its filter data; every page has its JSON-LD.
      const scripts = file.endsWith(join('tim-kiem', 'index.html')) ? ['application/ld+json', 'application/json', 'module'] : ['application/ld+json'];
      expect(dom.querySelectorAll('script').map((s) => s.getAttribute('type')), file).toEqual(scripts);
      expect(() => JSON.parse(dom.querySelector('script')!.textContent), file).not.toThrow();
      expect(dom.querySelectorAll('b'), file).toHaveLength(0);
    }
    for (const file of built.filter((f) => f.endsWith('.xml'))) expect(readFileSync(file, 'utf8'), file).not.toMatch(/<script|<b>/);
  });

  it('the model page shows the title and summary as text, in the body and every tag', () => {
    expect(html.querySelectorAll('script').map((s) => s.getAttribute('type'))).toEqual(['application/ld+json']);
    expect(textOf(html.querySelector('h1'))).toBe(TITLE);
    expect(html.querySelector('title')?.textContent).toBe(`${TITLE} — Dân vận khéo`);
    expect(html.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(TITLE);
    expect(html.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(SUMMARY);
    expect(html.querySelector('[data-fact="unit"] a')?.textContent).toBe(UNIT);
  });

  it('JSON-LD carries them escaped and intact', () => {
    const article = jsonLd(html).find((n) => n['@type'] === 'Article');
    expect(article?.headline).toBe(TITLE);
    expect(article?.description).toBe(SUMMARY);
  });

  it('the feed carries them escaped and intact: read as the HTML feed readers make of it, they are text', () => {
    const feed = readFileSync(join(site.dist, 'rss.xml'), 'utf8');
    const item = parse(feed).querySelectorAll('item').find((i) => i.querySelector('guid')?.textContent === `${SITE}/mo-hinh/mo-hinh-thu/`);
    for (const [field, written] of [['title', TITLE], ['description', SUMMARY]] as const) {
      const shown = parse(xmlText(item?.querySelector(field)));
      expect(shown.querySelectorAll('*'), field).toHaveLength(0);
      expect(shown.textContent, field).toBe(written);
    }
  });

  it('the unit page and the home page list them as text', () => {
    const unitPage = parse(readFileSync(join(site.dist, 'don-vi/don-vi-thu/index.html'), 'utf8'));
    expect(textOf(unitPage.querySelector('h1'))).toBe(UNIT);
    const home = parse(readFileSync(join(site.dist, 'index.html'), 'utf8'));
    expect(home.querySelectorAll('.card h3').map(textOf)).toContain(TITLE);
  });

  it('draws the card', async () => {
    const { width, height } = await sharp(join(site.dist, 'anh-the/mo-hinh/mo-hinh-thu.png')).metadata();
    expect([width, height]).toEqual([1200, 630]);
  });
});

describe('pictures go through the image pipeline', () => {
  const sources = (picture: HTMLElement | null) => picture?.querySelectorAll('source').map((s) => s.getAttribute('type'));

  it('the cover is AVIF and WebP with a JPEG fallback, sized, loaded first', () => {
    const picture = html.querySelector('.cover picture');
    expect(sources(picture)).toEqual(['image/avif', 'image/webp']);
    const img = picture!.querySelector('img')!;
    expect(img.getAttribute('src')).toMatch(/\.jpg$/);
    expect(img.getAttribute('alt')).toBe(COVER_ALT);
    expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
    expect(img.getAttribute('loading')).toBe('eager');
    expect(img.getAttribute('fetchpriority')).toBe('high');
    expect(picture!.querySelector('source[type="image/avif"]')?.getAttribute('srcset')).toMatch(/480w.*800w.*1200w/);
  });

  it('an image in the article body is lazy, sized and described', () => {
    const picture = html.querySelector('.prose picture');
    expect(sources(picture)).toEqual(['image/avif', 'image/webp']);
    const img = picture!.querySelector('img')!;
    expect(img.getAttribute('alt')).toBe(INLINE_ALT);
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('src')).toMatch(/\.png$/);
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['900', '600']);
  });

  it('every generated file a picture names exists', () => {
    const urls = html.querySelectorAll('picture source, picture img').flatMap((el) => [
      ...(el.getAttribute('srcset') ?? '').split(',').map((s) => s.trim().split(' ')[0]!),
      el.getAttribute('src') ?? '',
    ]);
    const local = urls.filter(Boolean);
    expect(local.length).toBeGreaterThan(6);
    for (const url of local) expect(statSync(join(site.dist, url)).size, url).toBeGreaterThan(0);
  });
});

describe('a page can widen its own CSP', () => {
  const scriptSrc = (path: string) =>
    parse(readFileSync(join(site.dist, path, 'index.html'), 'utf8'))
      .querySelector('meta[http-equiv="content-security-policy"]')
      ?.getAttribute('content')
      ?.split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src '));

  it("adds 'wasm-unsafe-eval' to the page that asks, keeping 'self' and Astro's hashes", () => {
    expect(scriptSrc('thu-csp')).toMatch(/^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')+$/);
  });

  it('and to no other page', () => {
    expect(scriptSrc('mo-hinh/mo-hinh-thu')).not.toContain('wasm-unsafe-eval');
  });
});

describe('one configured site URL', () => {
  it('every absolute address follows SITE_URL', () => {
    // The editors' pages are noindex: no canonical address (tests/worklist.test.ts).
    for (const path of builtPages(site.dist).filter((p) => !isUnlisted(p))) {
      const page = parse(readFileSync(join(site.dist, path, 'index.html'), 'utf8'));
      expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}${path}`);
      expect(page.querySelector('meta[property="og:image"]')?.getAttribute('content')).toMatch(new RegExp(`^${SITE}/anh-the/`));
    }
    expect(readFileSync(join(site.dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    const locs = [...readFileSync(join(site.dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.every((loc) => loc.startsWith(`${SITE}/`))).toBe(true);
    expect(readFileSync(join(site.dist, 'rss.xml'), 'utf8')).toContain(`<link>${SITE}/</link>`);
  });
});

describe('the editors’ worklist', () => {
  const worklist = () => parse(readFileSync(join(site.dist, 'bien-tap', 'index.html'), 'utf8'));
  const section = (id: string) => worklist().querySelector(`[data-worklist="${id}"]`)!;

  it('lists a draft by its file, without a page to link, and builds no page for it', () => {
    const drafts = section('ban-nhap');
    expect(textOf(drafts.querySelector('h2'))).toBe('Bản nháp chưa đăng (1)');
    expect(drafts.querySelectorAll('li').map(textOf)).toEqual(['Bản nháp thử (chưa có trang): content/models/ban-nhap-thu.mdx']);
    expect(drafts.querySelector('a')).toBeNull();
    expect(builtPages(site.dist)).not.toContain(paths.model('ban-nhap-thu'));
  });

  it('counts a cover or a picture in the body as a picture, and a missing commune as missing', () => {
    const links = (id: string) => section(id).querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links('chua-co-anh')).not.toContain(paths.model('mo-hinh-thu'));
    expect(links('chua-co-anh').length).toBeGreaterThan(0);
    expect(links('chua-ghi-xa')).toContain(paths.model('mo-hinh-thu'));
  });
});
