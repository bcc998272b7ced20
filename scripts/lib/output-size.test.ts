import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { modelLinksIn, outputKind, outputSize } from './output-size';

const root = mkdtempSync(join(tmpdir(), 'dvk-output-size-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, text: string | Buffer) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

describe('outputSize', () => {
  it('counts bytes and files by kind, the largest file, the heaviest page and the longest listing', () => {
    const links = (n: number) => Array.from({ length: n }, (_, i) => `<a href="/mo-hinh/m-${i}/">${i}</a>`).join('');
    write('index.html', `<main>${links(3)}<a href="/mo-hinh/loai/ca-nhan/">loại</a><a href="/mo-hinh/trang/2/">2</a><a href="/mo-hinh/m-0/">again</a></main>`);
    write('mo-hinh/index.html', `<main>${links(40)}</main>`);
    write('anh-the/trang-chu.png', Buffer.alloc(5000, 1));
    write('du-lieu/mo-hinh.json', '[]');
    write('du-lieu/index.html', '<p>dữ liệu</p>');
    write('pagefind/pagefind.js', 'x'.repeat(10));
    write('_astro/site.css', 'body{}');
    const size = outputSize(root);
    expect(size.files).toBe(7);
    expect(size.largest).toEqual({ path: 'anh-the/trang-chu.png', bytes: 5000 });
    expect(size.heaviestPage.path).toBe('mo-hinh/index.html');
    expect(size.longestListing).toEqual({ path: 'mo-hinh/index.html', models: 40 });
    expect([...modelLinksIn(readFileSync(join(root, 'index.html'), 'utf8'))]).toEqual(['/mo-hinh/m-0/', '/mo-hinh/m-1/', '/mo-hinh/m-2/']);
    expect(size.fullestFolder).toEqual({ path: '.', entries: 6 });
    expect(size.byKind.cards).toBe(5000);
    expect(size.byKind.data).toBe(2);
    expect(size.byKind.search).toBe(10);
    expect(size.bytes).toBe(Object.values(size.byKind).reduce((a, b) => a + b, 0));
  });

  it('tells the kinds apart by folder', () => {
    expect(['anh-the/x.png', 'pagefind/a.pf_index', 'du-lieu/xa/a.csv', 'du-lieu/index.html', 'rss.xml'].map(outputKind)).toEqual(['cards', 'search', 'data', 'html', 'other']);
  });
});
