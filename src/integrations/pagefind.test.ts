import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPagefind } from '../../tests/pagefind-node';
import { writeSearchIndex } from './pagefind';

const site = mkdtempSync(join(tmpdir(), 'dan-van-kheo-pagefind-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

function page(path: string, body: string): void {
  mkdirSync(join(site, path), { recursive: true });
  writeFileSync(join(site, path, 'index.html'), `<!doctype html><html lang="vi"><head><title>t</title></head><body><nav>Mô hình</nav>${body}</body></html>`);
}

describe('writeSearchIndex', () => {
  it('indexes the marked articles of the folder it is given, into that folder, from NFC text', async () => {
    // Written decomposed (NFD), as some editors save it.
    page('mo-hinh/khu-dan-cu', `<article data-pagefind-body><h1>${'Khu dân cư kiểu mẫu xã Hà Mòn'.normalize('NFD')}</h1><p>Thôn Thống Nhất.</p></article>`);
    page('xa', '<h1>Các xã</h1><p>Hà Mòn</p>');
    const summary = await writeSearchIndex(site);
    expect(summary).toEqual({ pages: 1, outputPath: join(site, 'pagefind') });
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(site, 'pagefind', 'pagefind-ui.js'))).toBe(false);

    const pagefind = await loadPagefind(site);
    const found = await pagefind.search('Hà Mòn');
    expect(found?.results).toHaveLength(1);
    const data = await found!.results[0]!.data();
    expect(data.url).toBe('/mo-hinh/khu-dan-cu/');
    expect(data.content).toContain('Khu dân cư kiểu mẫu xã Hà Mòn');
  });

  it('says which folder it failed on', async () => {
    await expect(writeSearchIndex(join(site, 'khong-co'))).rejects.toThrow(/Không dựng được chỉ mục tìm kiếm \(Pagefind\) trong .*khong-co/);
  });
});
