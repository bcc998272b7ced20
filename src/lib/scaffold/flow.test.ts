import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContentFiles } from '../content-check/files';
import { checkContent } from '../content-check/check';
import { addCommune, contextFor, newModel, ScaffoldError, type Io } from './flow';

let root: string;
let contentDir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dvk-new-'));
  contentDir = join(root, 'content');
  cpSync(join(import.meta.dirname, '../../../content'), contentDir, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Answers the questions in order and records everything said. */
function scripted(answers: string[]): Io & { said: string[]; asked: string[] } {
  const said: string[] = [];
  const asked: string[] = [];
  return {
    said,
    asked,
    ask: async (question) => {
      asked.push(question);
      if (answers.length === 0) throw new Error(`không còn câu trả lời cho: ${question}`);
      return answers.shift()!;
    },
    say: (line) => said.push(line),
  };
}

describe('npm run new, step by step', () => {
  it('offers units by name, adds a new one on the way, and writes an article that passes once written', async () => {
    const io = scripted([
      'Thư viện thân thiện', // taken: same title as a seed article
      'Tủ sách lớp học',
      '1', // the source: the 2019 review, so the communes of 2019 are offered
      '+', // a new unit
      'CĐCS Trường Tiểu học Lê Lợi', 'TH Lê Lợi', '1', '2', 'Dak Ngoc',
      'Dak Ui 2025', // not a unit of 2019: refused with the unit of then
      'Đắk Ngọk', // commune by an alias
      '7, quy ho tro',
      '1',
    ]);
    const path = await newModel(contextFor(contentDir, io, true, '2026-11-28'), {});
    expect(path).toBe(join(contentDir, 'models', 'tu-sach-lop-hoc.mdx'));
    expect(io.said).toContainEqual(expect.stringMatching(/^ {2}✗ đã có bài cùng tên: .*thu-vien-than-thien-mam-non-hoa-hong\.mdx; hãy đặt tên phân biệt/));
    expect(io.said).toContain('   2. MN Hoa Hồng (cdcs-truong-mam-non-hoa-hong)');
    // Only the units of 2019 are offered, each with its period; today's communes are not.
    const start = io.said.lastIndexOf('   1. thị trấn Đăk Hà (đến 30/06/2025) (dak-ha)');
    const offered = io.said.slice(start).filter((line, i, all) => all.slice(0, i + 1).every((l) => /^ +\d+\. /.test(l)));
    expect(offered).toHaveLength(11);
    expect(offered.filter((line) => line.includes('-2025)'))).toEqual([]);
    expect(io.said).toContainEqual(expect.stringMatching(/^ {2}✗ xã \(--commune\): không có "Dak Ui 2025" trong danh sách/));


    const units = loadContentFiles(contentDir).raw.units;
    expect(units.find((u) => u.id === 'cdcs-truong-tieu-hoc-le-loi')?.data).toEqual({ name: 'CĐCS Trường Tiểu học Lê Lợi', shortName: 'TH Lê Lợi', kind: 'school', schoolLevel: 'tieu-hoc', commune: 'dak-ngok', aliases: [] });
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('unit: cdcs-truong-tieu-hoc-le-loi\n');
    expect(text).toContain('commune: dak-ngok\n');
    expect(text).toContain('source: tong-ket-10-nam-dan-van-kheo-2019\n');
    expect(text).toContain('fields: [truong-hoc-than-thien, quy-ho-tro]\n');

    const before = await checkContent({ contentDir, today: '2026-11-28' });
    expect(before.findings.filter((f) => f.severity === 'error').map((f) => `${f.line} ${f.field}`)).toEqual(['5 summary', '65 (thân bài)']);
    writeFileSync(path, text.replace('summary: ""', 'summary: Thư viện nhỏ trong lớp học.').replace(/\{\/\*[\s\S]*\*\/\}/, 'Bài viết thử, chỉ để kiểm tra lệnh tạo bài.'));
    const after = await checkContent({ contentDir, today: '2026-11-28' });
    expect(after.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('npm run new with flags', () => {
  const ctx = () => contextFor(contentDir, scripted([]), false, '2026-11-28');

  it('accepts only a commune of the article’s time, and names the one to write instead', async () => {
    await expect(newModel(ctx(), { title: 'Vườn rau', source: 'tong-ket-10-nam-dan-van-kheo-2019', commune: 'dak-ui-2025', fields: '1', kind: 'collective' }))
      .rejects.toThrow('xã (--commune): xã Đăk Ui (từ 01/07/2025) không có vào ngày 30/08/2019 (ngày của báo cáo nguồn "tong-ket-10-nam-dan-van-kheo-2019"); khi đó là xã Đăk Ngọk (dak-ngok) hoặc xã Đăk Ui (dak-ui): hãy ghi mã của xã mà nguồn nêu');
    const old = await newModel(ctx(), { title: 'Vườn rau xưa', source: 'tong-ket-10-nam-dan-van-kheo-2019', commune: 'Đăk Ui', fields: '1', kind: 'collective' });
    expect(readFileSync(old, 'utf8')).toContain('commune: dak-ui\n');
    // Without a source the article may be of today: the commune of that name today comes first.
    const today = await newModel(ctx(), { title: 'Vườn rau nay', commune: 'Đăk Ui', fields: '1', kind: 'collective' });
    expect(readFileSync(today, 'utf8')).toContain('commune: dak-ui-2025\n');
  });

  it('names a unit it does not know, with the closest one', async () => {
    await expect(newModel(ctx(), { title: 'Vườn rau', unit: 'THCS Chu Van Ann', fields: 'phat-trien-kinh-te', kind: 'collective' }))
      .rejects.toThrow('đơn vị (--unit): không có "THCS Chu Van Ann" trong danh sách. Có phải ý bạn là "THCS Chu Văn An" (cdcs-truong-thcs-chu-van-an)?');
  });

  it('asks for what is missing instead of guessing', async () => {
    await expect(newModel(ctx(), { title: 'Vườn rau', kind: 'collective' })).rejects.toThrow('cần ít nhất một lĩnh vực (--fields)');
    await expect(newModel(ctx(), { title: 'Vườn rau', fields: '1', kind: 'individual' })).rejects.toThrow('--person');
  });

  it('never overwrites an article', async () => {
    const existing = join(contentDir, 'models', 'cho-que-mam-non-hoa-hong.mdx');
    const before = readFileSync(existing, 'utf8');
    await expect(newModel(ctx(), { title: 'Chợ quê mầm non Hoa Hồng', fields: '1', kind: 'collective' })).rejects.toBeInstanceOf(ScaffoldError);
    expect(readFileSync(existing, 'utf8')).toBe(before);
  });

  it('adds a commune, and refuses one that exists', async () => {
    await addCommune(ctx(), { name: 'Đăk Tơ Kan', kind: 'xa', province: 'tỉnh Kon Tum', district: 'huyện Đăk Tô', code: '23440', aliases: 'Đắk Tơ Kan, Dak To Kan' });
    expect(loadContentFiles(contentDir).raw.communes.at(-1)).toMatchObject({ id: 'dak-to-kan', data: { name: 'Đăk Tơ Kan', kind: 'xa', code: '23440', province: 'tỉnh Kon Tum', district: 'huyện Đăk Tô', aliases: ['Đắk Tơ Kan', 'Dak To Kan'] } });
    await expect(addCommune(ctx(), { name: 'Đăk Rơ Nga', kind: 'xa', province: 'tỉnh Kon Tum', code: '2344' })).rejects.toThrow('mã (--code) cần đúng 5 chữ số');
    await expect(addCommune(ctx(), { name: 'Ha Mon', kind: 'xa' })).rejects.toThrow('đã có xã với mã ha-mon: xã Hà Mòn (đến 30/06/2025)');
  });
});
