/**
 * Hostile text on the three paths: files that are not UTF-8, invisible and direction-control
 * characters, a YAML alias bomb, a number too large to keep its digits, and sizes far past what an
 * article holds (a 2 MB title, a 300 KB body). Each is refused with file, line and field by the
 * check, by `npm run build` (dist/ kept) and by a plain `astro build`; a byte-order mark and a
 * 100 KB unbroken word are accepted and published as written, and `check --fix` removes what it can.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as csvParse } from 'csv-parse/sync';
import { parse } from 'node-html-parser';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPagefind } from '../pagefind-node';
import { article, errorLines, hostileCopy, hostileFile, removeCopies } from './harness';

afterAll(removeCopies);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alias bomb: each line doubles ten times the one before; written out it would be 10^12 values. */
const aliasBomb = ['lol0: &a0 [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 11 }, (_, i) => `lol${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`)];

const utf16 = (title: string) => Buffer.from(`\uFEFF${article({ title })}`, 'utf16le');
const badByte = (title: string) => {
  const text = Buffer.from(article({ title, summary: 'Một câu tóm tắt.' }));
  const at = text.indexOf('Một câu');
  return Buffer.concat([text.subarray(0, at), Buffer.from([0xff]), text.subarray(at)]);
};

interface Case {
  name: string;
  /** The file, around a title of its own (titles must differ when the cases share a project). */
  file: (title: string) => string | Buffer;
  /** The check's first error line for the file: "<file>:<line> <field>: …<said>…". */
  line: number;
  field: string;
  said: string;
}

const cases: Case[] = [
  { name: 'a zero-width space in the title', file: () => article({ title: 'Vườn\u200Brau xanh' }), line: 2, field: 'title', said: 'U+200B, khoảng trắng vô hình (zero-width space), ngay sau "Vườn"' },
  { name: 'a right-to-left override in the summary', file: (title) => article({ title, summary: 'Góp \u202E000.2 đồng.' }), line: 3, field: 'summary', said: 'U+202E, lệnh đảo ngược chiều chữ' },
  { name: 'a zero-width joiner in the body', file: (title) => article({ title, body: 'Một\u200Dđoạn.' }), line: 10, field: '(thân bài)', said: 'thân bài có ký tự vô hình U+200D' },
  { name: 'a file saved as UTF-16', file: utf16, line: 1, field: '(tệp)', said: 'tệp đang lưu dạng UTF-16; tệp phải lưu dạng UTF-8' },
  { name: 'a byte that is not UTF-8', file: badByte, line: 3, field: '(tệp)', said: 'tệp có byte 0xFF không phải chữ UTF-8' },
  { name: 'a YAML alias bomb', file: (title) => article({ title, frontmatter: `${aliasBomb.join('\n')}\n` }), line: 9, field: '(YAML)', said: 'bí danh YAML (*tên) quá nhiều lần' },
  { name: 'a whole number too large for JavaScript', file: (title) => article({ title, frontmatter: 'funding:\n  total: 99999999999999999999\n  sources: []\n' }), line: 9, field: 'funding.total', said: 'quá lớn: số lớn nhất nhận được là 9.007.199.254.740.991' },
  { name: 'a 2 MB title', file: () => article({ title: 'a'.repeat(2_000_000) }), line: 1, field: '(tệp)', said: 'quá giới hạn 1.000.000 byte' },
  { name: 'a 400 KB title', file: () => article({ title: 'a'.repeat(400_000) }), line: 2, field: 'title', said: 'dài 400.000 ký tự, quá giới hạn 300 ký tự' },
  { name: 'a 300 KB body', file: (title) => article({ title, body: 'chữ '.repeat(75_000) }), line: 10, field: '(thân bài)', said: 'quá giới hạn 200.000 ký tự' },
];

const fileOf = (index: number) => `content/models/chu-${index + 1}.mdx`;

// The check and npm run build see every case at once, each in its own article; a plain astro
// build stops at the first fault, so it gets a copy per case.
describe('the check and npm run build refuse hostile text, naming file, line and field', () => {
  it('all at once, in seconds, dist/ kept', async () => {
    const copy = hostileCopy(Object.fromEntries(cases.map((c, i) => [fileOf(i), c.file(`Bài thử chữ ${i + 1}`)])));
    const before = copy.distHash();
    const started = performance.now();
    const check = await copy.npm('check');
    console.log(`check of ${cases.length} hostile files: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(check.code, check.output).toBe(1);
    cases.forEach(({ line, field, said }, i) => {
      const first = errorLines(check.output).find((l) => l.startsWith(`${fileOf(i)}:`) || l.startsWith(`${fileOf(i)} `));
      expect(first, check.output).toMatch(new RegExp(`^${escape(`${fileOf(i)}:${line} ${field}: `)}.*${escape(said)}`));
    });
    const build = await copy.npm('build');
    expect(build.code).toBe(1);
    expect(errorLines(build.output)).toEqual(errorLines(check.output));
    expect(copy.distHash()).toBe(before);
    expect(copy.leftovers()).toEqual([]);
  });
});

describe.concurrent('a plain astro build, which never ran the check, stops on hostile text naming the file', () => {
  it.for(cases)('$name', async ({ file, said }, { expect }) => {
    const copy = hostileCopy({ [hostileFile]: file('Vườn rau xanh') });
    const started = performance.now();
    const plain = await copy.astroBuild();
    expect(plain.code, plain.output).not.toBe(0);
    expect(plain.output).toContain(hostileFile);
    expect(plain.output).toContain(said);
    console.log(`${hostileFile} (${said.slice(0, 30)}…): astro build ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
});

// Text that is odd but harmless, in one project: a byte-order mark, a 100 KB unbroken word, and
// markup and a formula written as text in a title and a summary.
describe('odd but harmless text is published as written, and stays text in every output', () => {
  const title = '=HYPERLINK("https://trang-khac.example") <i>rau</i> & "sạch" </script><script>alert(1)</script>';
  const summary = 'Tóm tắt <img src=x onerror=alert(1)> &amp; </title> -- sạch';
  const word = 'đ'.repeat(100_000);

  it('on the check, npm run build (HTML, JSON-LD, RSS, CSV, JSON, the search index, the card) and a plain astro build', async () => {
    const copy = hostileCopy({
      'content/models/co-bom.mdx': `\uFEFF${article({ title: 'Vườn rau có BOM' })}`,
      'content/models/tu-dai.mdx': article({ title: 'Bài có từ dài', body: `Từ dài: ${word}` }),
      [hostileFile]: article({ title, summary }),
    });
    const check = await copy.npm('check');
    expect(check.code, check.output).toBe(0);
    const started = performance.now();
    const build = await copy.npm('build');
    console.log(`BOM, 100 KB word and markup as text: npm run build ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(build.code, build.output).toBe(0);
    const dist = join(copy.root, 'dist');
    const read = (path: string) => readFileSync(join(dist, path), 'utf8');

    const page = parse(read('mo-hinh/vuon-rau-xanh/index.html'));
    expect(page.querySelector('h1')?.textContent).toBe(title);
    expect(page.querySelector('h1 i, h1 script, img[onerror]')).toBeNull();
    expect(page.querySelectorAll('script:not([type="application/ld+json"])').map((s) => s.textContent).join('')).not.toContain('alert');
    expect(page.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(summary);
    const graph = page.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.stringify(JSON.parse(s.textContent)));
    expect(graph.some((json) => json.includes(JSON.stringify(title))), graph.join('\n')).toBe(true);

    const [item] = (await new Parser().parseString(read('rss.xml'))).items.filter((i) => i.link?.endsWith('/mo-hinh/vuon-rau-xanh/'));
    expect(parse(item!.title!).textContent).toBe(title);
    expect(parse(item!.title!).querySelectorAll('*')).toHaveLength(0);
    expect(item!.contentSnippet).toBe(summary);

    const rows = csvParse(read('du-lieu/mo-hinh.csv'), { bom: true, columns: true }) as Record<string, string>[];
    // Spreadsheets run a cell that starts with "="; csv-stringify defuses it with a leading quote.
    expect(rows.find((r) => r.id === 'vuon-rau-xanh')?.title).toBe(`'${title}`);
    const json = JSON.parse(read('du-lieu/mo-hinh.json')) as { models: { id: string; title: string }[] };
    expect(json.models.find((m) => m.id === 'vuon-rau-xanh')?.title).toBe(title);

    const pagefind = await loadPagefind(dist);
    const found = await pagefind.search('sạch');
    const results = await Promise.all((found?.results ?? []).map((r) => r.data()));
    const hit = results.find((r) => r.url.includes('/mo-hinh/vuon-rau-xanh/'));
    expect(hit?.meta.title).toBe(title);
    expect(hit?.excerpt).not.toMatch(/<(?!\/?mark>)/);

    const card = await sharp(join(dist, 'anh-the/mo-hinh/vuon-rau-xanh.png')).metadata();
    expect([card.format, card.width, card.height]).toEqual(['png', 1200, 630]);

    const bom = read('mo-hinh/co-bom/index.html');
    expect(bom).toContain('>Vườn rau có BOM</h1>');
    expect(bom).not.toContain('\uFEFF');
    expect(read('mo-hinh/tu-dai/index.html')).toContain(word);

    const plain = await copy.astroBuild();
    expect(plain.code, plain.output).toBe(0);
    expect(readFileSync(join(plain.dist, 'mo-hinh/co-bom/index.html'), 'utf8')).toContain('>Vườn rau có BOM</h1>');
  });
});

describe('check --fix', () => {
  it('check --fix removes invisible characters and a byte-order mark, and the check then passes', async () => {
    const copy = hostileCopy({ [hostileFile]: `\uFEFF${article({ title: 'Vườn\u200B rau\u202E xanh', body: 'Một\u2060 đoạn.' })}` });
    expect((await copy.npm('check')).code).toBe(1);
    const fixed = await copy.npm('check', ['--fix']);
    expect(fixed.code, fixed.output).toBe(0);
    expect(fixed.output).toContain(`Đã sửa 1 tệp (chữ chuyển sang dạng NFC, bỏ ký tự vô hình): ${hostileFile}`);
    expect(copy.bytes(hostileFile).toString('utf8')).toBe(article({ title: 'Vườn rau xanh', body: 'Một đoạn.' }));
  });
});

describe('the YAML collections are read by the same rules', () => {
  it('units.yaml saved as UTF-16 is refused by the check, npm run build and a plain astro build', async () => {
    const copy = hostileCopy();
    copy.write('content/units.yaml', Buffer.from(`\uFEFF${copy.read('content/units.yaml')}`, 'utf16le'));
    const before = copy.distHash();
    const check = await copy.npm('check');
    expect(check.code, check.output).toBe(1);
    expect(check.output).toContain('content/units.yaml:1 (tệp): tệp đang lưu dạng UTF-16; tệp phải lưu dạng UTF-8');
    expect((await copy.npm('build')).code).toBe(1);
    expect(copy.distHash()).toBe(before);
    const plain = await copy.astroBuild();
    expect(plain.code, plain.output).not.toBe(0);
    expect(plain.output).toContain('content/units.yaml:1 (tệp): tệp đang lưu dạng UTF-16');
  });
});
