import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPagefind } from '../../tests/pagefind-node';
import { INDEX_CHUNK_POSITIONS, writeSearchIndex } from './pagefind';

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

  it('splits the word index into small chunks, so a typed word loads only its own chunk', async () => {
    const chunked = mkdtempSync(join(tmpdir(), 'dan-van-kheo-pagefind-chunks-'));
    try {
      // Distinct words, each once: several chunks' worth at INDEX_CHUNK_POSITIONS, one chunk at Pagefind's default.
      const pages = 5;
      // Letters only: Pagefind would also index the parts of a word that mixes letters and digits.
      const letters = (n: number) => [676, 26, 1].map((unit) => String.fromCharCode(97 + (Math.floor(n / unit) % 26))).join('');
      const word = (p: number, i: number) => `tu${letters(p)}${letters(i)}`;
      for (let p = 0; p < pages; p++) {
        const words = Array.from({ length: INDEX_CHUNK_POSITIONS / 2 }, (_, i) => word(p, i)).join(' ');
        mkdirSync(join(chunked, 'mo-hinh', `bai-${p}`), { recursive: true });
        writeFileSync(join(chunked, 'mo-hinh', `bai-${p}`, 'index.html'), `<!doctype html><html lang="vi"><body><article data-pagefind-body><p>${words}</p></article></body></html>`);
      }
      await writeSearchIndex(chunked);
      expect(readdirSync(join(chunked, 'pagefind', 'index')).length).toBeGreaterThanOrEqual(pages);

      const pagefind = await loadPagefind(chunked);
      const found = await pagefind.search(word(3, 7));
      expect(await Promise.all(found!.results.map(async (r) => (await r.data()).url))).toEqual(['/mo-hinh/bai-3/']);
    } finally {
      rmSync(chunked, { recursive: true, force: true });
    }
  });

  it('says which folder it failed on', async () => {
    await expect(writeSearchIndex(join(site, 'khong-co'))).rejects.toThrow(/Không dựng được chỉ mục tìm kiếm \(Pagefind\) trong .*khong-co/);
  });
});
