/**
 * "Tải CSV" / "Tải JSON" on the search page, in Debian's Chromium on the built site served over
 * loopback: the file is built in the browser from /du-lieu/mo-hinh.json and holds every result shown.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../scripts/lib/browser';
import { serveStatic, type StaticServer } from '../scripts/lib/static-server';
import type { DatasetJson } from '../src/lib/data/open-data';
import { selectRecords, selectionCsv } from '../src/lib/data/selection';
import { builtFile, dist, loadSeedCatalog } from './site-content';
import { axeViolations } from './axe';

let server: StaticServer;
let browser: Browser;
const catalog = loadSeedCatalog();
const published = JSON.parse(builtFile('/du-lieu/mo-hinh.json').toString('utf8')) as DatasetJson;

beforeAll(async () => {
  server = await serveStatic(dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Fails the test on any request that leaves loopback or on a script error; counts the requests for the data. */
async function openPage(path: string): Promise<{ page: Page; problems: string[]; dataRequests: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  const dataRequests: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url)) problems.push(`request outside the site: ${request.url()}`);
    if (request.url().includes('/du-lieu/')) dataRequests.push(new URL(request.url()).pathname);
  });
  await page.goto(`${server.url}${path}`);
  return { page, problems, dataRequests };
}

/** The models shown, by id, in the order shown. */
async function shownIds(page: Page): Promise<string[]> {
  const hrefs = await page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => /^\/mo-hinh\/([^/]+)\/$/.exec(href)![1]!);
}

async function download(page: Page, name: RegExp): Promise<{ file: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { file: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}


describe('exporting the results of a search', () => {
  it('downloads a CSV and a JSON of exactly the results shown, in their order, built from the published JSON', async () => {
    const { page, problems, dataRequests } = await openPage('/tim-kiem/');
    expect(await page.locator('[data-search-export]').isVisible()).toBe(false);
    await page.getByLabel('Từ khóa').fill('mam non hoa hong');
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/kết quả/);
    const ids = await shownIds(page);
    expect(ids.length).toBeGreaterThan(1);
    expect(await page.locator('[data-search-export]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-export]').textContent()).toContain('không chỉ những mô hình đang hiện');
    expect(dataRequests).toEqual([]);

    const csv = await download(page, new RegExp(`^Tải CSV \\(${ids.length} mô hình\\)$`));
    expect(csv.file).toBe('tim-kiem-mam-non-hoa-hong.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(csv.bytes, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(ids);
    // The same bytes as the build's writer gives for these models.
    expect(csv.bytes.equals(Buffer.from(selectionCsv(published, selectRecords(published, ids.map((id) => `/mo-hinh/${id}/`)))))).toBe(true);
    expect(await page.locator('[data-export-status]').textContent()).toBe('Đã tạo tệp tim-kiem-mam-non-hoa-hong.csv.');

    const json = await download(page, /^Tải JSON/);
    expect(json.file).toBe('tim-kiem-mam-non-hoa-hong.json');
    const body = JSON.parse(json.bytes.toString('utf8')) as DatasetJson;
    expect(body.models.map((m) => m.id)).toEqual(ids);
    expect(body).toMatchObject({ count: ids.length, title: 'Mô hình tìm được với từ khóa “mam non hoa hong”', licence: null, licenceNote: published.licenceNote, note: published.note });
    expect(body.models).toEqual(ids.map((id) => published.models.find((m) => m.id === id)));
    // One fetch of the published data, same origin, on the first click only.
    expect(dataRequests).toEqual(['/du-lieu/mo-hinh.json']);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('holds every model of a filter that keeps them all: the published CSV’s header and rows, and follows a new search', async () => {
    const { page, problems } = await openPage('/tim-kiem/?nam=chua-ro');
    await expect.poll(() => shownIds(page), { timeout: 15_000 }).toHaveLength(catalog.models.length);
    const ids = await shownIds(page);
    const csv = await download(page, /^Tải CSV \(7 mô hình\)$/);
    expect(csv.file).toBe('tim-kiem-chua-ro.csv');
    const file = builtFile('/du-lieu/mo-hinh.csv');
    const headerEnd = file.indexOf('\r\n') + 2;
    expect(csv.bytes.subarray(0, headerEnd).equals(file.subarray(0, headerEnd))).toBe(true);
    const byId = (bytes: Buffer) => (parse(bytes, { bom: true, columns: true }) as Record<string, string>[]).sort((a, b) => a.id!.localeCompare(b.id!));
    expect(byId(csv.bytes)).toEqual(byId(file));
    expect((parse(csv.bytes, { bom: true, columns: true }) as Record<string, string>[]).map((r) => r.id)).toEqual(ids);
    // In the order of the published file, the same writer gives that file byte for byte.
    expect(Buffer.from(selectionCsv(published, selectRecords(published, catalog.models.map((m) => m.url)))).equals(file)).toBe(true);

    await page.getByLabel('Từ khóa').fill('dao thi chien');
    await page.getByLabel('Từ khóa').press('Enter');
    // Both read on every try: results are replaced while the search runs, so a count read once could be of none.
    const exportMatchesResults = async () => {
      const shown = (await shownIds(page)).length;
      return shown > 0 && (await page.getByRole('button', { name: /^Tải CSV/ }).textContent()) === `Tải CSV (${shown} mô hình)`;
    };
    await expect.poll(exportMatchesResults, { timeout: 15_000 }).toBe(true);
    const narrowed = await shownIds(page);
    expect(narrowed.length).toBeLessThan(ids.length);
    const again = await download(page, /^Tải CSV/);
    expect((parse(again.bytes, { bom: true, columns: true }) as Record<string, string>[]).map((r) => r.id)).toEqual(narrowed);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('offers nothing to download when nothing is found (a commune with no model yet)', async () => {
    const { page, problems } = await openPage('/tim-kiem/?q=dak+pxi');
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toBe('Không tìm thấy mô hình nào ở xã Đăk Pxi.');
    expect(await page.locator('[data-search-export]').isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });
});
