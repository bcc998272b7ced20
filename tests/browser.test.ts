/**
 * The built site in Debian's Chromium: axe-core (WCAG 2.1 AA) on one page of every type, keyboard
 * use, the CSP as the browser enforces it, the heading font, and printing on A4. One browser is
 * shared by every test of this file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../scripts/lib/browser';
import { serveStatic, type StaticServer } from '../scripts/lib/static-server';
import { pageTypes } from '../scripts/lib/site-pages';
import { paths } from '../src/lib/site/paths';
import { builtPages, dist } from './site-content';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/**
 * One page of each type (home, model, each index, report, about, search when built…), the pages that
 * share a type with others but are made differently (the map of the communes, among the communes), and a missing one.
 */
const samples = [...new Set([...pageTypes(builtPages(), dist), paths.communeMap]), '/khong-co-trang-nay/'];
const A4_CONTENT_WIDTH = 688; // 210 mm less the 2 × 14 mm margins of @page, at 96 px per inch.

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveStatic(dist, { headers: true }), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Visit {
  page: Page;
  /** Console errors (CSP violations among them), page errors and failed requests. */
  problems: string[];
}

async function visit(path: string): Promise<Visit> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && !m.text().includes('404 (Not Found)') && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && r.url() !== `${server.url}${path}` && problems.push(`${r.status()}: ${r.url()}`));
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  return { page, problems };
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

describe.each(samples)('%s', (path) => {
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    ({ page, problems } = await visit(path));
  });

  afterAll(() => page?.close());

  it('has no WCAG 2.1 AA violation that axe-core finds', async () => {
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
    });
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });

  it('has one h1 and the landmarks: banner, navigation, main, contentinfo', async () => {
    expect(await page.locator('h1').count()).toBe(1);
    for (const role of ['banner', 'main', 'contentinfo'] as const) expect(await page.getByRole(role).count(), role).toBe(1);
    expect(await page.getByRole('navigation').count()).toBeGreaterThan(0);
  });

  it('gives every table column or row headers', async () => {
    const tables = await page.$$eval('table', (all) => all.map((t) => t.querySelectorAll('th[scope]').length));
    for (const headers of tables) expect(headers).toBeGreaterThan(0);
  });

  it('fits a phone screen without scrolling sideways', async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });

  it('loads everything it asks for, with no CSP violation or script error', () => {
    expect(problems).toEqual([]);
  });
});

describe('keyboard', () => {
  it('reaches the skip link first; it shows, and leads to the main content', async () => {
    const { page } = await visit('/mo-hinh/');
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.x >= 0 && box.y >= 0 && box.width > 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
    await page.close();
  });

  it('draws a visible focus ring on links, in the header and in the page', async () => {
    const { page } = await visit('/');
    for (const selector of ['.site-nav a', 'main a']) {
      await page.locator(selector).first().focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(outline.style, selector).not.toBe('none');
      expect(outline.width, selector).toBeGreaterThanOrEqual(2);
    }
    await page.close();
  });
});

describe('the heading font', () => {
  it('is used by headings and has every Vietnamese letter they need', async () => {
    const { page } = await visit('/');
    await page.evaluate(() => document.fonts.ready);
    const result = await page.evaluate(() => {
      // A glyph the subset lacks falls back to the second font of the stack, so the widths differ.
      const width = (fallback: string) => {
        const span = document.createElement('span');
        span.style.font = `700 40px "Be Vietnam Pro", ${fallback}`;
        span.textContent = 'Đăk Hà ệ ữ ặ ỗ ỹ Ứ Ợ Ẫ “Dân vận khéo” 0123456789';
        document.body.append(span);
        const w = span.getBoundingClientRect().width;
        span.remove();
        return w;
      };
      return { loaded: document.fonts.check('700 40px "Be Vietnam Pro"'), h1: getComputedStyle(document.querySelector('h1')!).fontFamily, mono: width('monospace'), serif: width('serif') };
    });
    expect(result.loaded).toBe(true);
    expect(result.h1).toMatch(/^"?Be Vietnam Pro/);
    expect(result.mono).toBeCloseTo(result.serif, 1);
    await page.close();
  });
});

describe('printing on A4', () => {
  it.each(['/mo-hinh/quy-vi-hoc-sinh-kho-khan-chu-van-an/', '/xa/dak-ngok/', '/bao-cao/tong-ket-10-nam-dan-van-kheo-2019/'])('%s prints without navigation, with link targets, within the page width', async (path) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${server.url}${path}`);
    const layout = await page.evaluate(() => {
      const shown = (selector: string) => [...document.querySelectorAll(selector)].some((el) => getComputedStyle(el).display !== 'none');
      const link = document.querySelector('main a[href^="/"]')!;
      return {
        nav: shown('.site-nav') || shown('.search-form') || shown('.breadcrumbs') || shown('.skip-link'),
        address: getComputedStyle(document.querySelector('.print-only')!).display,
        linkTarget: getComputedStyle(link, '::after').content,
        href: link.getAttribute('href'),
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    expect(layout.nav).toBe(false);
    expect(layout.address).toBe('block');
    expect(layout.linkTarget).toBe(`" (${layout.href})"`);
    expect(layout.overflow).toBeLessThanOrEqual(0);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(box).toEqual([595, 842]);
    await page.close();
  });
});
