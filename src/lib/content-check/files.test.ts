import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { afterEach, describe, expect, it } from 'vitest';
import { modelSchema } from '../../schemas/model';
import { keysAt, loadContentFiles } from './files';
import { checkIntegrity } from './integrity';

const seed = join(import.meta.dirname, '../../../content');
let dir: string | undefined;

function contentWith(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'dvk-content-'));
  cpSync(seed, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const article = (frontmatter: string) => `---\n${frontmatter}\n---\n\nMột đoạn.\n`;
const base = 'title: Vườn rau\nsummary: Một câu.\npublishedAt: 2026-11-01\nauthor: Ban biên tập\nfields: [phat-trien-kinh-te]\nkind: collective';

describe('loadContentFiles', () => {
  it('loads the seed without a problem', () => {
    const { problems, raw, files } = loadContentFiles(seed);
    expect(problems).toEqual([]);
    expect(raw.models).toHaveLength(7);
    expect(files.filter((f) => f.article)).toHaveLength(8);
  });

  it('names nested fields with their line, and misspelled keys with a suggestion', () => {
    const root = contentWith({ 'models/vuon-rau.mdx': article(`${base}\nfunding:\n  total: 5\n  atleast: true\n  sources:\n    - from: [nhan-dan]\n      amount: -1`) });
    const problems = loadContentFiles(root).problems.map((p) => `${relative(root, join(process.cwd(), p.file))}:${p.line} ${p.field}: ${p.message}`);
    expect(problems.sort()).toEqual([
      'models/vuon-rau.mdx:10 funding.atleast: trường không được biết đến: "atleast". Có phải ý bạn là "atLeast"?',
      'models/vuon-rau.mdx:13 funding.sources[0].amount: số tiền của nguồn (đồng) không được âm',
    ]);
  });

  it('runs rules across fields even when another field is wrong', () => {
    const root = contentWith({ 'models/vuon-rau.mdx': article(base.replace('kind: collective', 'kind: individual\nyearStarted: "2015"\nfunding:\n  total: 5\n  sources:\n    - from: [nhan-dan]\n      amount: 9')) });
    expect(loadContentFiles(root).problems.map((p) => p.field).sort()).toEqual(['funding.sources', 'person', 'yearStarted']);
  });

  it('keeps what a failed entry still says: its id stays known, its references are still checked', () => {
    const root = contentWith({
      'models/vuon-rau.mdx': article(`${base.replace('kind: collective', 'kind: nhom')}\nunit: cdcs-truong-mam-non-hoa-hongg\nfields: [phat-trien-kinh-te, KHONG-HOP-LE, moi-truongg]`.replace('fields: [phat-trien-kinh-te]\n', '')),
      'models/ban-sao.mdx': article(`${base.replace('Vườn rau', 'Bản sao')}\nreplicatedFrom: vuon-rau`),
    });
    const loaded = loadContentFiles(root);
    expect(loaded.problems.map((p) => p.field).sort()).toEqual(['fields[1]', 'kind']);
    const integrity = checkIntegrity(loaded.references).map((p) => `${p.field}: ${p.message}`);
    expect(integrity).toEqual([
      expect.stringMatching(/^unit: .*Có phải ý bạn là "cdcs-truong-mam-non-hoa-hong"/),
      expect.stringMatching(/^fields\[2\]: .*"moi-truongg"/),
    ]);
  });

  it('reports YAML faults in the shared lists with their line', () => {
    const root = contentWith({ 'communes.yaml': 'dak-ha:\n  name: Đăk Hà\n  kind: huyen\n  province: tỉnh Kon Tum\nha-mon:\n  name: Hà Mòn\n  kind: xa\n  province: tỉnh Kon Tum\n  alias: [Ha Mon]\n' });
    expect(loadContentFiles(root).problems.map((p) => `${p.line} ${p.field}`)).toEqual(['3 dak-ha.kind', '9 ha-mon.alias']);
  });

  it('names files the build would skip without a word', () => {
    const root = contentWith({ 'models/vuon-rau.md': article(base), 'models/ghi-chu.docx': 'x', 'models/anh.jpg': 'ảnh', 'models/.DS_Store': '' });
    expect(loadContentFiles(root).problems.map((p) => `${p.file.split('/').at(-1)} ${p.field}: ${p.message}`).sort()).toEqual([
      'ghi-chu.docx (tên tệp): tệp "ghi-chu.docx" không phải bài (.mdx) hay ảnh nên không được đưa lên trang: hãy chuyển nó ra khỏi thư mục này',
      'vuon-rau.md (tên tệp): tệp "vuon-rau.md" không được đưa lên trang: bài phải có đuôi .mdx, hãy đổi tên thành "vuon-rau.mdx"',
    ]);
  });

  it('knows the keys an object accepts at any depth', () => {
    const schema = modelSchema(() => z.string());
    expect(keysAt(schema, ['funding'])).toEqual(['total', 'atLeast', 'sources']);
    expect(keysAt(schema, ['beneficiaries', 0])).toEqual(['group', 'count', 'unit', 'atLeast']);
    expect(keysAt(schema, [])).toContain('replicatedFrom');
  });
});
