import { describe, expect, it } from 'vitest';
import { content, entry, model } from '../../../tests/fixtures';
import type { Model } from '../../schemas/model';
import type { Entry } from '../content-check/entry';
import { buildCatalog } from './catalog';
import { hasPicture, remainingText, worklist, type WorkSectionId } from './worklist';

/** A model that lacks nothing the worklist asks for. */
const complete = (overrides: Partial<Model> = {}) =>
  model({ commune: 'ha-mon', yearStarted: 2018, source: 'tk-2019', funding: { total: 1000, atLeast: false, sources: [] }, cover: { src: './anh.jpg', alt: 'Ảnh' }, ...overrides });

function sections(models: Entry<Model>[], extra: Parameters<typeof content>[1] = {}) {
  const raw = content(models, extra);
  const list = worklist(buildCatalog(raw), raw);
  const ids = (id: WorkSectionId) => list.find((s) => s.id === id)!.lines.map((l) => l.filePath);
  return { list, ids };
}

describe('remainingText', () => {
  it('says how many of the declared models still have no article', () => {
    expect(remainingText({ declared: 23, documented: 7 })).toBe('còn 16/23 mô hình báo cáo nêu mà chưa có bài');
    expect(remainingText({ declared: 1200, documented: 7 })).toBe('còn 1.193/1.200 mô hình báo cáo nêu mà chưa có bài');
  });

  it('is never negative, and invents no total the review does not give', () => {
    expect(remainingText({ declared: 2, documented: 2 })).toBe('đã có bài cho cả 2/2 mô hình báo cáo nêu');
    expect(remainingText({ declared: 2, documented: 3 })).toBe('3 bài dẫn báo cáo này, nhiều hơn 2 mô hình báo cáo nêu: hãy xem lại trường source của các bài');
    expect(remainingText({ declared: undefined, documented: 3 })).toBe('báo cáo không nêu tổng số mô hình; 3 bài đã dẫn báo cáo này');
  });
});

describe('worklist', () => {
  it('lists nothing but the report line for a model that lacks nothing', () => {
    const { list } = sections([entry('day-du', complete())]);
    expect(list.filter((s) => s.lines.length > 0).map((s) => s.id)).toEqual(['bao-cao']);
  });

  it('compares each report with the published models that cite it', () => {
    const { list } = sections([entry('a', complete()), entry('b', complete({ title: 'B' })), entry('c', complete({ title: 'C', source: undefined })), entry('d', complete({ title: 'D', draft: true }))]);
    const [line] = list.find((s) => s.id === 'bao-cao')!.lines;
    expect(line).toEqual({ title: 'Tổng kết', url: '/bao-cao/tk-2019/', filePath: 'content/reports/tk-2019.mdx', note: 'còn 21/23 mô hình báo cáo nêu mà chưa có bài' });
  });

  it('reads a report without a declared total as such', () => {
    const raw = content([entry('a', complete())]);
    raw.reports = raw.reports.map((r) => ({ ...r, data: { ...r.data, declared: {} } }));
    const [line] = worklist(buildCatalog(raw), raw).find((s) => s.id === 'bao-cao')!.lines;
    expect(line?.note).toBe('báo cáo không nêu tổng số mô hình; 1 bài đã dẫn báo cáo này');
  });

  it('finds the articles with no figure at all, whatever figure the others give', () => {
    const { ids } = sections([
      entry('khong-so', complete({ title: 'Không số', funding: undefined })),
      entry('tien', complete({ title: 'Tiền' })),
      entry('lam-loi', complete({ title: 'Làm lợi', funding: undefined, benefit: { amount: 5, atLeast: false } })),
      entry('nguoi', complete({ title: 'Người', funding: undefined, beneficiaries: [{ group: 'hộ', count: 3, unit: 'hộ', atLeast: false }] })),
      entry('ket-qua', complete({ title: 'Kết quả', funding: undefined, outcomes: [{ label: 'vườn', value: 2, unit: 'vườn', atLeast: false }] })),
    ]);
    expect(ids('chua-co-so-lieu')).toEqual(['content/models/khong-so.mdx']);
  });

  it('finds the articles with no commune, no year, no source', () => {
    const { ids } = sections([
      entry('khong-xa', complete({ title: 'Không xã', commune: undefined })),
      entry('khong-nam', complete({ title: 'Không năm', yearStarted: undefined })),
      entry('khong-nguon', complete({ title: 'Không nguồn', source: undefined })),
    ]);
    expect(ids('chua-ghi-xa')).toEqual(['content/models/khong-xa.mdx']);
    expect(ids('chua-ghi-nam')).toEqual(['content/models/khong-nam.mdx']);
    expect(ids('chua-dan-nguon')).toEqual(['content/models/khong-nguon.mdx']);
  });

  it('finds the articles with neither a cover nor a picture in the body', () => {
    const withBody = (id: string, title: string, body: string): Entry<Model> => ({ ...entry(id, complete({ title, cover: undefined })), body });
    const { ids } = sections([
      withBody('anh-trong-bai', 'Ảnh trong bài', 'Chữ.\n\n![Vườn rau](./vuon.jpg)\n'),
      withBody('chi-co-chu', 'Chỉ có chữ', 'Chữ, và một [liên kết](/mo-hinh/) chứ không phải ảnh.\n'),
      entry('co-bia', complete({ title: 'Có bìa' })),
    ]);
    expect(ids('chua-co-anh')).toEqual(['content/models/chi-co-chu.mdx']);
  });

  it('lists drafts of models and reports with their files and no page', () => {
    const draftReport = { ...content([]).reports[0]!, id: 'so-ket-nhap', data: { ...content([]).reports[0]!.data, title: 'Sơ kết nháp', draft: true } };
    const { list } = sections([entry('nhap', complete({ title: 'Bài nháp', draft: true })), entry('dang', complete({ title: 'Đã đăng' }))], { reports: [...content([]).reports, draftReport] });
    expect(list.find((s) => s.id === 'ban-nhap')!.lines).toEqual([
      { title: 'Bài nháp', filePath: 'content/models/nhap.mdx' },
      { title: 'Sơ kết nháp', filePath: 'content/reports/so-ket-nhap.mdx' },
    ]);
    // A draft is in no other section: it has no page to link.
    expect(list.filter((s) => s.id !== 'ban-nhap').flatMap((s) => s.lines).some((l) => l.filePath.includes('nhap'))).toBe(false);
  });

  it('links every published line to its page and names the file Astro read', () => {
    const raw = content([{ ...entry('x', complete({ commune: undefined })), filePath: 'content/models/x.mdx' }]);
    const [line] = worklist(buildCatalog(raw), raw).find((s) => s.id === 'chua-ghi-xa')!.lines;
    expect(line).toEqual({ title: 'Mô hình thử', url: '/mo-hinh/x/', filePath: 'content/models/x.mdx' });
  });
});

describe('hasPicture', () => {
  it('sees a picture in the body even without a cover', () => {
    expect(hasPicture({ data: model(), body: '<img src="./a.jpg" alt="A" />' })).toBe(true);
    expect(hasPicture({ data: model(), body: 'Không có ảnh.' })).toBe(false);
    expect(hasPicture({ data: model() })).toBe(false);
  });
});
