/**
 * The schematic map of the communes (/xa/so-do/) as built: every number is the catalog's, every
 * link leads to a built page, the table beneath says the same, the caption says it is no map, no
 * script ships; in Chromium it fits a 360 px phone with readable text and shows focus on its tiles.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../scripts/lib/browser';
import { serveStatic, type StaticServer } from '../scripts/lib/static-server';
import { paths } from '../src/lib/site/paths';
import { builtPages, loadSeedCatalog, page, textOf, dist } from './site-content';

const catalog = loadSeedCatalog();
const html = page(paths.communeMap);
const built = new Set(builtPages());
/** How the map writes a count: none is never “0 mô hình”. */
const said = (n: number) => (n === 0 ? 'chưa có mô hình' : `${n} mô hình`);

const tiles = html.querySelectorAll('svg [data-map-tile]');
const frames = html.querySelectorAll('svg [data-map-frame]');

describe('/xa/so-do/', () => {
  it('is its own page, not a commune’s, under the communes in the breadcrumbs', () => {
    expect(paths.communeMap).toBe('/xa/so-do/');
    expect(catalog.communes.map((c) => c.url)).not.toContain(paths.communeMap);
    expect(html.querySelectorAll('h1').map(textOf)).toEqual(['Sơ đồ các xã']);
    expect(html.querySelectorAll('.breadcrumbs a').map((a) => a.getAttribute('href'))).toEqual(['/', paths.communes]);
    expect(html.querySelector('meta[name="description"]')?.getAttribute('content')).toContain('huyện Đăk Hà');
  });

  it('ships no script', () => {
    expect(html.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
    expect(html.querySelectorAll('[onclick], [onload], [onfocus]')).toHaveLength(0);
  });

  it('draws one frame per commune of today, linked to its page, with its total', () => {
    expect(frames.map((f) => f.getAttribute('data-map-frame'))).toEqual(catalog.byCommuneToday.map((g) => g.key.id));
    for (const group of catalog.byCommuneToday) {
      const frame = html.querySelector(`svg [data-map-frame="${group.key.id}"]`)!;
      expect(frame.getAttribute('data-total'), group.key.id).toBe(String(group.models.length));
      const link = frame.querySelector('[data-map-frame-link]')!;
      expect(link.getAttribute('href')).toBe(group.key.url);
      expect(link.getAttribute('aria-label')).toBe(`${group.key.label} (${group.key.period}): ${group.models.length === 0 ? 'chưa có mô hình' : `tổng ${said(group.models.length)}`}`);
      expect(textOf(frame.querySelector('text[aria-hidden="true"]'))).toBe(group.models.length === 0 ? 'chưa có mô hình' : `Tổng: ${said(group.models.length)}`);
    }
  });

  it('draws every former unit once, in the frame of the commune it is part of today, with its count printed and in its name', () => {
    const formerIds = catalog.communes.filter((c) => c.today).map((c) => c.id).sort();
    expect(formerIds).toHaveLength(11);
    expect(tiles.map((t) => t.getAttribute('data-map-tile')).sort()).toEqual(formerIds);
    for (const group of catalog.byCommuneToday) {
      const drawn = html.querySelectorAll(`svg [data-map-frame="${group.key.id}"] [data-map-tile]`);
      const order = [...group.formerUnits].sort((a, b) => a.key.data.name.localeCompare(b.key.data.name, 'vi'));
      expect(drawn.map((t) => t.getAttribute('data-map-tile'))).toEqual(order.map((u) => u.key.id));
      for (const unit of group.formerUnits) {
        const tile = drawn.find((t) => t.getAttribute('data-map-tile') === unit.key.id)!;
        const count = unit.models.length;
        expect(tile.getAttribute('data-count'), unit.key.id).toBe(String(count));
        expect(textOf(tile.querySelector('[data-map-count]'))).toBe(said(count));
        // As a browser reads it (no space added between elements): the accessible name starts with it.
        // A former unit named as today's commune reads "cũ", so that the two never look alike.
        const label = unit.key.label === group.key.label ? `${unit.key.label} cũ` : unit.key.label;
        const read = tile.textContent.replace(/\s+/g, ' ').trim();
        expect(read).toBe(`${label} ${said(count)}`);
        expect(tile.getAttribute('aria-label')).toBe(`${label}: ${said(count)}, nay thuộc ${group.key.label}`);
      }
      expect(drawn.reduce((sum, t) => sum + Number(t.getAttribute('data-count')), 0)).toBe(group.models.length);
    }
  });

  it('puts the two models that name a commune where their commune is today', () => {
    const count = (id: string) => html.querySelector(`svg [data-map-tile="${id}"]`)?.getAttribute('data-count');
    expect([count('ha-mon'), count('dak-ngok'), count('dak-ha')]).toEqual(['1', '1', '0']);
    expect(html.querySelector('svg [data-map-frame="dak-ha-2025"] [data-map-tile="ha-mon"]')).not.toBeNull();
    expect(html.querySelector('svg [data-map-frame="dak-ui-2025"] [data-map-tile="dak-ngok"]')).not.toBeNull();
  });

  it('links every tile and frame to a page that was built', () => {
    const links = html.querySelectorAll('svg a').map((a) => a.getAttribute('href')!);
    expect(links).toHaveLength(tiles.length + frames.length);
    expect(links.filter((href) => !built.has(href))).toEqual([]);
    for (const tile of tiles) expect(tile.getAttribute('href')).toBe(paths.commune(tile.getAttribute('data-map-tile')!));
  });

  it('shades each tile by its count and keeps “chưa có mô hình” apart, with a legend for every shade drawn', () => {
    const legend = new Map(html.querySelectorAll('[data-map-legend] li').map((li) => [li.getAttribute('data-shade'), textOf(li)]));
    for (const tile of tiles) {
      const count = Number(tile.getAttribute('data-count'));
      const rect = tile.querySelector('rect')!;
      expect(legend.has(tile.getAttribute('data-shade'))).toBe(true);
      if (count === 0) {
        expect([tile.getAttribute('data-shade'), rect.getAttribute('fill'), rect.getAttribute('stroke-dasharray')]).toEqual(['0', '#ffffff', '4 3']);
      } else {
        expect(tile.getAttribute('data-shade')).not.toBe('0');
        expect(rect.hasAttribute('stroke-dasharray')).toBe(false);
      }
    }
    expect(legend.get('0')).toBe('chưa có mô hình');
    expect(legend.get('1')).toBe('1 mô hình');
  });

  it('says how many models have no commune and are not on the map', () => {
    const without = catalog.models.filter((m) => !m.commune).length;
    expect(without).toBe(5);
    expect(html.querySelectorAll('[data-map-unplaced]').map(textOf)).toEqual([`${without} mô hình chưa rõ xã, không có trên sơ đồ.`]);
    const onMap = tiles.reduce((sum, t) => sum + Number(t.getAttribute('data-count')), 0);
    expect(onMap + without).toBe(catalog.models.length);
  });

  it('has a table beneath with the same numbers and links', () => {
    const table = html.querySelector('[data-map-table]')!;
    expect(table.querySelectorAll('thead th').map(textOf)).toEqual(['Xã hiện nay', 'Xã, thị trấn cũ', 'Số mô hình']);
    const rows = table.querySelectorAll('[data-map-row]');
    expect(rows.map((r) => r.getAttribute('data-map-row'))).toEqual(tiles.map((t) => t.getAttribute('data-map-tile')));
    for (const row of rows) {
      const tile = tiles.find((t) => t.getAttribute('data-map-tile') === row.getAttribute('data-map-row'))!;
      expect(textOf(row.querySelector('td.num')), row.getAttribute('data-map-row')!).toBe(tile.getAttribute('data-count'));
      expect(row.querySelector('th[scope="row"] a')?.getAttribute('href')).toBe(tile.getAttribute('href'));
    }
    for (const frame of frames) {
      const id = frame.getAttribute('data-map-frame')!;
      const body = table.querySelector(`[data-map-table-frame="${id}"]`)!;
      expect(body.querySelector('th[scope="rowgroup"] a')?.getAttribute('href')).toBe(paths.commune(id));
      expect(textOf(body.querySelector(`[data-map-row-total="${id}"] td.num`))).toBe(frame.getAttribute('data-total'));
    }
  });

  it('carries the caption and is a group of links named by its title and description, scaled by its viewBox', () => {
    expect(html.querySelectorAll('[data-commune-map] figure figcaption').map(textOf)).toEqual(['Sơ đồ minh họa, không theo tỉ lệ, không thể hiện ranh giới']);
    const svg = html.querySelector('svg[data-map-svg]')!;
    // A group of links, not role="img", which would hide them.
    expect(svg.getAttribute('role')).toBe('group');
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
    expect(textOf(svg.querySelector(`#${svg.getAttribute('aria-labelledby')}`))).not.toBe('');
    const desc = textOf(svg.querySelector(`#${svg.getAttribute('aria-describedby')}`));
    for (const group of catalog.byCommuneToday) expect(desc).toContain(`${group.key.label} ${said(group.models.length)}`);
  });
});

describe('/xa/so-do/ in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let tab: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([serveStatic(dist, { headers: true }), launchBrowser()]);
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' });
    tab = await context.newPage();
    await tab.goto(`${server.url}${paths.communeMap}`, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('fits a 360 px phone, its text drawn at 12 px or more', async () => {
    const fit = await tab.evaluate(() => {
      const svg = document.querySelector('svg[data-map-svg]') as SVGSVGElement;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const smallest = Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(t.getAttribute('font-size')!) * scale));
      return { overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, width: svg.getBoundingClientRect().width, smallest };
    });
    expect(fit.overflow).toBeLessThanOrEqual(0);
    expect(fit.width).toBeLessThanOrEqual(360);
    expect(fit.smallest).toBeGreaterThanOrEqual(12);
  });

  it('reaches every tile with the keyboard and draws the focus colour around it', async () => {
    const ids: string[] = [];
    await tab.locator('svg [data-map-frame-link]').first().focus();
    for (let i = 0; i < 40 && ids.length < (await tab.locator('svg [data-map-tile]').count()); i++) {
      await tab.keyboard.press('Tab');
      const focused = await tab.evaluate(() => {
        const el = document.activeElement!;
        const rect = el.querySelector(':scope > rect');
        return { id: el.getAttribute('data-map-tile'), stroke: rect && getComputedStyle(rect).stroke, width: rect && parseFloat(getComputedStyle(rect).strokeWidth), outline: getComputedStyle(el).outlineStyle };
      });
      if (focused.id === null) continue;
      ids.push(focused.id);
      expect([focused.stroke, focused.width, focused.outline], focused.id).toEqual(['rgb(11, 87, 208)', 4, 'solid']);
    }
    expect(ids.sort()).toEqual(catalog.communes.filter((c) => c.today).map((c) => c.id).sort());
  });
});
