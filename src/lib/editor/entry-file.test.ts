import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { modelSchema } from '../../schemas/model';
import { readEntryFile, writeEntryFile } from './entry-file';
import { keyOrder } from './schema-walk';

const content = join(import.meta.dirname, '../../../content');
const models = modelSchema(() => z.string());
const modelOrder = keyOrder('models');
const reportOrder = keyOrder('reports');
const filesOf = (folder: string) => readdirSync(join(content, folder)).filter((name) => name.endsWith('.mdx')).map((name) => join(content, folder, name));
const read = (path: string) => readFileSync(path, 'utf8');
const model = (name: string) => read(join(content, 'models', `${name}.mdx`));

/** Saves a real model with some fields of its data changed, as the form would. */
function saved(raw: string, change: (data: Record<string, unknown>) => Record<string, unknown>): string {
  const { data, body } = readEntryFile(raw);
  return writeEntryFile(change(structuredClone(data)), body, { original: raw, order: modelOrder });
}

/** The lines of `after` that differ from `before`, line by line, when no line was added or removed. */
function changedLines(before: string, after: string): string[] {
  const [a, b] = [before.split('\n'), after.split('\n')];
  expect(b).toHaveLength(a.length);
  return b.filter((line, i) => line !== a[i]);
}

describe('readEntryFile', () => {
  it('reads the frontmatter with the content check’s YAML (dates and quoted digits stay strings) and the body as written', () => {
    const raw = model('chan-nuoi-ga-vit-dao-thi-chien');
    const { data, body } = readEntryFile(raw);
    expect(data.publishedAt).toBe('2026-11-28');
    expect(data.beneficiaries).toEqual([{ group: 'hộ dân được hướng dẫn, hỗ trợ kỹ thuật chăn nuôi', count: 25, unit: 'hộ' }]);
    expect(raw.endsWith(body)).toBe(true);
    expect(body.startsWith('\nTrong số các mô hình')).toBe(true);
  });

  it('refuses a frontmatter with a YAML error, in Vietnamese, with its line', () => {
    expect(() => readEntryFile('---\ntitle: "chưa đóng\n---\n')).toThrow(/dòng 2: lỗi cú pháp YAML/);
  });
});

describe('writeEntryFile over the real content', () => {
  const files = [...filesOf('models').map((path) => [path, modelOrder] as const), ...filesOf('reports').map((path) => [path, reportOrder] as const)];

  it.each(files)('gives %s back byte for byte when nothing changed', (path, order) => {
    const raw = read(path);
    const { data, body } = readEntryFile(raw);
    expect(writeEntryFile(data, body, { original: raw, order })).toBe(raw);
  });

  it('a new summary changes its line only', () => {
    const raw = model('quy-vi-hoc-sinh-kho-khan-chu-van-an');
    const after = saved(raw, (data) => ({ ...data, summary: 'Tóm tắt mới: có dấu hai chấm' }));
    expect(changedLines(raw, after)).toEqual(['summary: "Tóm tắt mới: có dấu hai chấm"']);
  });

  it('one beneficiary’s count changes that line only, and stays a number', () => {
    const raw = model('quy-ho-tro-doan-vien-to-vinh-dien');
    const after = saved(raw, (data) => {
      (data.beneficiaries as { count: number }[])[0]!.count = 25;
      return data;
    });
    expect(changedLines(raw, after)).toEqual(['    count: 25']);
    expect(readEntryFile(after).data.beneficiaries).toEqual([{ group: 'đoàn viên, CNVCLĐ có hoàn cảnh khó khăn', count: 25, unit: 'lượt' }]);
  });

  it('a changed flow list stays on one line', () => {
    const raw = model('tuyen-duong-hoa-dak-ngok');
    expect(changedLines(raw, saved(raw, (data) => ({ ...data, fields: ['moi-truong'] })))).toEqual(['fields: [moi-truong]']);
  });

  it('clearing village, yearStarted and funding the way the form clears them removes the keys and writes no ""', () => {
    const raw = model('khu-dan-cu-kieu-mau-thon-thong-nhat');
    const withFunding = saved(raw, (data) => ({ ...data, yearStarted: 2015, funding: { total: 1000, sources: [] } }));
    const after = saved(withFunding, (data) => ({ ...data, village: '', yearStarted: null, funding: { total: '', atLeast: false, sources: [] } }));
    expect(after).toBe(raw.replace('village: thôn Thống Nhất\n', ''));
    expect(after).not.toContain('""');
  });

  it('form defaults left off (atLeast, draft false, empty tags and lists) are not written; replicated: false and 0 are', () => {
    const raw = model('chan-nuoi-ga-vit-dao-thi-chien');
    const after = saved(raw, (data) => ({
      ...data,
      replicated: false,
      yearStarted: 0,
      tags: [],
      draft: false,
      outcomes: [{ label: '', value: null, unit: '', atLeast: false }],
      beneficiaries: (data.beneficiaries as object[]).map((b) => ({ ...b, atLeast: false })),
    }));
    const lines = after.split('\n');
    expect(lines.filter((line) => !raw.split('\n').includes(line))).toEqual(['yearStarted: 0', 'replicated: false']);
  });

  it('a default already written by hand stays written', () => {
    const raw = model('chan-nuoi-ga-vit-dao-thi-chien').replace('source:', 'tags: []\nsource:').replace('    unit: hộ\n', '    unit: hộ\n    atLeast: false\n');
    const { data, body } = readEntryFile(raw);
    expect(writeEntryFile({ ...data, draft: false }, body, { original: raw, order: modelOrder })).toBe(raw);
  });

  it('funding added to a model without it goes at its schema place, in block style with a flow list of sources', () => {
    const raw = model('chan-nuoi-ga-vit-dao-thi-chien');
    const after = saved(raw, (data) => ({ ...data, funding: { sources: [{ amount: 5000000, from: ['nhan-dan'], atLeast: false }], total: 5000000, atLeast: false } }));
    const funding = ['funding:', '  total: 5000000', '  sources:', '    - from: [nhan-dan]', '      amount: 5000000'];
    const lines = raw.split('\n');
    const at = lines.indexOf('beneficiaries:');
    expect(after.split('\n')).toEqual([...lines.slice(0, at), ...funding, ...lines.slice(at)]);
  });

  it('a field before every written one goes first; a key the order does not know goes last', () => {
    const raw = '---\nsummary: S\n# ghi chú\nkind: collective\n---\n\nBài.\n';
    const { data, body } = readEntryFile(raw);
    expect(writeEntryFile({ ...data, title: 'T', extra: 'x' }, body, { original: raw, order: modelOrder })).toBe('---\ntitle: T\nsummary: S\n# ghi chú\nkind: collective\nextra: x\n---\n\nBài.\n');
  });

  it('a list item removed goes with its lines; one added follows the last', () => {
    const raw = read(filesOf('reports')[0]!);
    const { data, body } = readEntryFile(raw);
    const results = data.results as object[];
    const fewer = writeEntryFile({ ...data, results: results.slice(0, 2) }, body, { original: raw, order: reportOrder });
    expect(fewer).toBe(raw.replace(/  - label: hoa trồng[\s\S]*?unit: xã\n/, ''));
    const more = writeEntryFile({ ...data, results: [...results.slice(0, 2), { unit: 'km', label: 'đường mới', value: 2.5 }] }, body, { original: raw, order: reportOrder });
    expect(more).toBe(raw.replace(/  - label: hoa trồng[\s\S]*?unit: xã\n/, '  - label: đường mới\n    value: 2.5\n    unit: km\n'));
  });

  it('an item removed from the middle takes only its lines: the others keep theirs, comments included', () => {
    const raw = '---\nbeneficiaries:\n  - group: a\n    count: 1\n  - group: b # nguồn ghi b\n    count: 2\n  # ghi chú về c\n  - group: c\n    count: 3\n---\n';
    const { data, body } = readEntryFile(raw);
    const [a, , c] = data.beneficiaries as object[];
    expect(writeEntryFile({ beneficiaries: [a, c] }, body, { original: raw, order: modelOrder })).toBe(raw.replace('  - group: b # nguồn ghi b\n    count: 2\n', ''));
    const inserted = writeEntryFile({ beneficiaries: [{ group: 'z', count: 0 }, a, c] }, body, { original: raw, order: modelOrder });
    expect(inserted).toBe(raw.replace('  - group: a', '  - group: z\n    count: 0\n  - group: a').replace('  - group: b # nguồn ghi b\n    count: 2\n', ''));
  });

  it('keeps comments and quoting of what did not change, and the body unless it changed', () => {
    const raw = '---\n# đầu\ntitle: \'Tên\' # ghi chú\nunit: "%"\n---\nBài viết\n';
    const { data, body } = readEntryFile(raw);
    expect(writeEntryFile({ ...data, unit: 'km' }, body, { original: raw, order: modelOrder })).toBe('---\n# đầu\ntitle: \'Tên\' # ghi chú\nunit: km\n---\nBài viết\n');
    expect(writeEntryFile(data, 'Bài mới\n\n\n', { original: raw, order: modelOrder })).toBe('---\n# đầu\ntitle: \'Tên\' # ghi chú\nunit: "%"\n---\n\nBài mới\n');
  });
});

describe('writeEntryFile for a new file', () => {
  const form = {
    draft: false,
    tags: [],
    kind: 'collective',
    title: 'Vườn rau xanh',
    summary: 'Đoàn viên vận động Nhân dân làm 650 vườn rau xanh.',
    publishedAt: '2026-12-01',
    author: 'Ban biên tập Dân vận khéo',
    unit: 'cdcs-truong-mam-non-hoa-hong',
    commune: '',
    village: null,
    fields: ['nong-thon-moi', 'moi-truong'],
    yearStarted: 2015,
    replicated: false,
    funding: { total: '', atLeast: false, sources: [] },
    beneficiaries: [{ group: 'hộ dân', count: 25, unit: 'hộ', atLeast: false }],
    outcomes: [],
    benefit: { amount: null, atLeast: false },
    cover: { src: '', alt: '' },
    code: '23500',
  };

  it('writes the hand-written style in schema order, and reads back to the cleaned data, which the model schema accepts', () => {
    const { code, ...modelData } = form;
    const text = writeEntryFile(modelData, '\nBài viết.', { order: modelOrder });
    expect(text).toBe(
      [
        '---',
        'title: Vườn rau xanh',
        'summary: Đoàn viên vận động Nhân dân làm 650 vườn rau xanh.',
        'publishedAt: 2026-12-01',
        'author: Ban biên tập Dân vận khéo',
        'unit: cdcs-truong-mam-non-hoa-hong',
        'fields: [nong-thon-moi, moi-truong]',
        'kind: collective',
        'yearStarted: 2015',
        'replicated: false',
        'beneficiaries:',
        '  - group: hộ dân',
        '    count: 25',
        '    unit: hộ',
        '---',
        '',
        'Bài viết.',
        '',
      ].join('\n'),
    );
    const back = readEntryFile(text).data;
    expect(back).toEqual({
      title: form.title,
      summary: form.summary,
      publishedAt: form.publishedAt,
      author: form.author,
      unit: form.unit,
      fields: form.fields,
      kind: 'collective',
      yearStarted: 2015,
      replicated: false,
      beneficiaries: [{ group: 'hộ dân', count: 25, unit: 'hộ' }],
    });
    expect(models.safeParse(back).success).toBe(true);
    expect(code).toBe('23500');
  });

  it('quotes a string only when YAML needs it, and writes a Date as a day', () => {
    const text = writeEntryFile({ title: '23500', summary: 'a: b', publishedAt: new Date('2026-12-01T00:00:00Z') }, '', { order: modelOrder });
    expect(text).toBe('---\ntitle: "23500"\nsummary: "a: b"\npublishedAt: 2026-12-01\n---\n');
  });
});

describe('the folder README', () => {
  it('lists every module of the folder', () => {
    const readme = read(join(import.meta.dirname, 'README.md'));
    const modules = readdirSync(import.meta.dirname).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    expect(modules.filter((name) => !readme.includes(`| \`${name}\` |`))).toEqual([]);
  });
});
