/** The search page in Debian's Chromium, on the built site served over loopback. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../scripts/lib/browser';
import { serveStatic, type StaticServer } from '../scripts/lib/static-server';
import { dist } from './site-content';
import { axeViolations } from './axe';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Fails the test on any request that leaves loopback or on a script error. */
async function openPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url)) problems.push(`request outside the site: ${request.url()}`);
  });
  return { page, problems };
}


const titles = (page: Page) => page.locator('[data-search-results] h2').allTextContents();

describe('searching in Chromium', () => {
  it('finds a person typed without diacritics, filters, and keeps the state in the URL', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}/tim-kiem/`);
    await page.getByLabel('Từ khóa').fill('dao thi chien');
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toBe('2 kết quả cho “dao thi chien”');
    expect((await titles(page))[0]).toBe('Hướng dẫn Nhân dân chăn nuôi gà thịt, vịt siêu trứng');
    const first = page.locator('[data-search-results] li').first();
    expect(await first.locator('.meta').textContent()).toBe('Cá nhân · Đào Thị Chiên · TH Tô Vĩnh Diện');
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('dao thi chien');

    await page.getByLabel('Lĩnh vực').selectOption('quy-ho-tro');
    await expect.poll(() => titles(page), { timeout: 15_000 }).toEqual(['Quỹ hỗ trợ đoàn viên, CNVCLĐ khó khăn']);
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('dao thi chien');
    expect(url.searchParams.get('linh-vuc')).toBe('quy-ho-tro');

    await page.reload();
    await expect.poll(() => titles(page), { timeout: 15_000 }).toEqual(['Quỹ hỗ trợ đoàn viên, CNVCLĐ khó khăn']);
    expect(await page.getByLabel('Từ khóa').inputValue()).toBe('dao thi chien');
    expect(await page.getByLabel('Lĩnh vực').inputValue()).toBe('quy-ho-tro');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('puts the named school’s models first, says so, applies that filter on request, and lists by filter alone', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}/`);
    await page.locator('header input[name="q"]').fill('mam non hoa hong');
    await page.locator('header button[type="submit"]').click();
    await page.waitForURL(/\/tim-kiem\/\?q=mam\+non\+hoa\+hong$/);
    await expect.poll(async () => (await titles(page)).slice(0, 2).sort(), { timeout: 15_000 }).toEqual(['Chợ quê', 'Thư viện thân thiện']);
    expect(await page.locator('[data-search-note]').textContent()).toContain('Mô hình của CĐCS Trường mầm non Hoa Hồng được xếp lên đầu.');
    // The page opened on a query, so this is its first search: the filters count its results all the same.
    const field = page.locator('#loc-linh-vuc option[value="truong-hoc-than-thien"]');
    expect(await field.textContent()).toBe('Trường học thân thiện (2)');
    expect(await field.isDisabled()).toBe(false);
    expect(await page.locator('#loc-don-vi option[value="cdcs-truong-mam-non-hoa-hong"]').textContent()).toBe('CĐCS Trường mầm non Hoa Hồng (2)');

    await page.getByRole('link', { name: 'Chỉ xem mô hình của đơn vị CĐCS Trường mầm non Hoa Hồng' }).click();
    await expect.poll(() => new URL(page.url()).search, { timeout: 15_000 }).toBe('?q=mam+non+hoa+hong&don-vi=cdcs-truong-mam-non-hoa-hong');
    expect(await page.getByLabel('Đơn vị').inputValue()).toBe('cdcs-truong-mam-non-hoa-hong');

    await page.getByLabel('Từ khóa').fill('');
    await page.getByLabel('Từ khóa').press('Enter');
    await expect.poll(() => new URL(page.url()).search, { timeout: 15_000 }).toBe('?don-vi=cdcs-truong-mam-non-hoa-hong');
    await expect.poll(async () => (await titles(page)).sort(), { timeout: 15_000 }).toEqual(['Chợ quê', 'Thư viện thân thiện']);
    expect(await page.locator('[data-search-status]').textContent()).toBe('Các mô hình theo bộ lọc đã chọn: 2 kết quả');
    expect(await page.locator('#loc-don-vi option:checked').textContent()).toBe('CĐCS Trường mầm non Hoa Hồng (2)');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('explains a new commune, puts its former units’ models first, offers it as a filter, and says when a place has no model', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}/tim-kiem/?q=xa+dak+ui`);
    await expect.poll(() => titles(page), { timeout: 15_000 }).toEqual(['Tuyến đường hoa']);
    const note = page.locator('[data-search-note]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('xã Đăk Ui (từ 01/07/2025) gồm xã Đăk Ngọk và xã Đăk Ui cũ.');
    const today = page.locator('#loc-xa optgroup[label="Xã hiện nay"] option[value="dak-ui-2025"]');
    expect(await today.textContent()).toBe('xã Đăk Ui (1)');
    expect(await page.locator('#loc-xa optgroup[label="Xã đến 30/06/2025"] option[value="dak-ngok"]').textContent()).toBe('xã Đăk Ngọk (1)');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Chỉ xem mô hình ở xã Đăk Ui' }).click();
    await expect.poll(() => new URL(page.url()).search, { timeout: 15_000 }).toBe('?q=xa+dak+ui&xa=dak-ui-2025');
    expect(await page.getByLabel('Xã, thị trấn').inputValue()).toBe('dak-ui-2025');
    await page.getByLabel('Từ khóa').fill('');
    await page.getByLabel('Từ khóa').press('Enter');
    await expect.poll(() => titles(page), { timeout: 15_000 }).toEqual(['Tuyến đường hoa']);

    await page.getByLabel('Xã, thị trấn').selectOption('');
    await page.getByLabel('Từ khóa').fill('Đắk PXi');
    await page.getByLabel('Từ khóa').press('Enter');
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toBe('Không tìm thấy mô hình nào ở xã Đăk Pxi.');
    expect(await titles(page)).toEqual([]);
    expect(await page.getByRole('link', { name: 'Xem trang xã Đăk Pxi' }).getAttribute('href')).toBe('/xa/dak-pxi-2025/');
    await page.getByRole('link', { name: 'Xem trang xã Đăk Pxi' }).click();
    await page.waitForURL(/\/xa\/dak-pxi-2025\/$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('without JavaScript, points to the commune, unit and field indexes', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/tim-kiem/?q=ha+mon`);
    expect(await page.locator('[data-search-fallback]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-fallback] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/xa/', '/don-vi/', '/linh-vuc/']);
    expect(await page.locator('[data-search-form]').isVisible()).toBe(false);
    await context.close();
  });
});
