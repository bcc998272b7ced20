/**
 * What `npm run new` writes: a model article whose frontmatter lists every field with a short
 * Vietnamese note (the unknown ones commented out, so absent is never written as zero), and
 * new entries for units.yaml and communes.yaml. Pure: the command does the asking and writing.
 */
import { Document, stringify, visit } from 'yaml';
import type { CommuneKind } from '../../schemas/commune';
import type { ModelKind } from '../../schemas/model';
import type { SchoolLevel, UnitKind } from '../../schemas/unit';
import { closest, fold } from '../text/vietnamese';

export interface ModelDraft {
  title: string;
  /** The file name without .mdx, which is also the address /mo-hinh/<slug>/. */
  slug: string;
  /** Ids; undefined when the source does not say. */
  unit?: string;
  commune?: string;
  fields: string[];
  kind: ModelKind;
  person?: string;
  /** Id of the review report the facts come from; undefined when none. */
  source?: string;
  author: string;
  /** YYYY-MM-DD. */
  publishedAt: string;
}

/** The editorial board the seed articles are signed by; an editor may sign with their own name. */
export const DEFAULT_AUTHOR = 'Ban biên tập Dân vận khéo';

/** A YAML value on one line, quoted only when YAML needs it. */
function value(v: unknown): string {
  return stringify(v, { lineWidth: 0, collectionStyle: 'flow', flowCollectionPadding: false }).trim();
}

function line(key: string, v: unknown, note: string): string[] {
  return [`# ${note}`, `${key}: ${value(v)}`];
}

function absent(key: string, example: string, note: string): string[] {
  return [`# ${note}`, `# ${key}: ${example}`];
}

/** The whole .mdx text of a new model article. */
export function modelTemplate(draft: ModelDraft): string {
  const known = <T>(key: string, v: T | undefined, example: string, note: string) => (v === undefined ? absent(key, example, note) : line(key, v, note));
  const frontmatter = [
    ...line('title', draft.title, 'Tên mô hình, như người đọc biết đến (bắt buộc)'),
    ...line('summary', '', 'Một câu tóm tắt: hiện trên thẻ bài, kết quả tìm kiếm và khi chia sẻ (bắt buộc, hãy viết vào giữa hai dấu ")'),
    ...line('publishedAt', draft.publishedAt, 'Ngày đăng bài, dạng NNNN-TT-NN (bắt buộc)'),
    ...absent('updatedAt', draft.publishedAt, 'Ngày sửa nội dung gần nhất, nếu có sửa sau khi đăng'),
    ...line('author', draft.author, 'Người viết bài (bắt buộc)'),
    ...known('unit', draft.unit, 'cdcs-truong-mam-non-hoa-hong', 'Mã đơn vị thực hiện, trong content/units.yaml; để trống nếu nguồn không nêu'),
    ...known('commune', draft.commune, 'ha-mon', 'Mã xã như nguồn ghi, trong content/communes.yaml (xã có vào thời của nguồn: tên cũ cho bài về trước 01/07/2025); để trống nếu nguồn không nêu'),
    ...absent('village', 'thôn Thống Nhất', 'Thôn, làng nơi thực hiện, nếu nguồn nêu'),
    ...line('fields', draft.fields, 'Mã lĩnh vực, trong content/fields.yaml (ít nhất một)'),
    ...line('kind', draft.kind, 'collective (tập thể) hoặc individual (cá nhân)'),
    ...known('person', draft.person, 'Đào Thị Chiên', 'Họ tên người thực hiện: chỉ ghi khi kind là individual'),
    ...absent('yearStarted', '2015', 'Năm bắt đầu, nếu nguồn nêu'),
    ...absent('replicated', 'true', 'true nếu nguồn nói mô hình đã được nhân rộng, false nếu nói chưa; để trống nếu chưa rõ'),
    ...absent('replicatedFrom', 'cho-que-mam-non-hoa-hong', 'Mã bài (tên tệp) của mô hình mà mô hình này nhân rộng từ đó'),
    '# Kinh phí vận động, tính bằng đồng, số nguyên viết liền (12000000, không viết 12.000.000); để trống nếu nguồn không nêu',
    '# funding:',
    '#   total: 80000000         # tổng kinh phí',
    '#   atLeast: false          # true nếu nguồn ghi "trên"',
    '#   sources:                # các nguồn mà bài báo cáo nêu; có thể chỉ là một phần của tổng',
    '#     - from: [nhan-dan, doanh-nghiep]   # nhan-dan, doanh-nghiep, doan-vien, cong-doan, ngan-sach, khac',
    '#       amount: 40000000',
    '#       atLeast: false',
    '# Người hưởng lợi, mỗi nhóm một mục; đơn vị đếm (người, hộ, lượt) khác nhau thì không cộng lẫn',
    '# beneficiaries:',
    '#   - group: học sinh có hoàn cảnh khó khăn',
    '#     count: 821',
    '#     unit: lượt',
    '#     atLeast: false',
    '# Kết quả đo được khác (km, %, vườn…)',
    '# outcomes:',
    '#   - label: hộ dân thôn Thống Nhất đồng thuận xây dựng Khu dân cư kiểu mẫu',
    '#     value: 100',
    '#     unit: "%"',
    '#     atLeast: false',
    '# Tiền làm lợi cho Nhân dân, không cộng vào kinh phí vận động',
    '# benefit:',
    '#   amount: 150000000',
    '#   atLeast: true',
    ...known('source', draft.source, 'tong-ket-10-nam-dan-van-kheo-2019', 'Mã báo cáo (tên tệp trong content/reports/) mà số liệu của bài lấy từ đó'),
    `# Ảnh bìa: đặt ảnh vào content/models/anh/; alt là câu mô tả điều ảnh cho thấy (bắt buộc khi có ảnh)`,
    '# cover:',
    `#   src: ./anh/${draft.slug}.jpg`,
    '#   alt: ""',
    ...absent('tags', '[]', 'Từ khóa tự do'),
    ...absent('draft', 'true', 'true: bài chưa hiện trên trang'),
  ];
  const body = [
    '{/* Viết bài ở đây, bằng Markdown: mỗi đoạn cách nhau một dòng trống; "## Kết quả" cho một tiêu đề mục.',
    '    Chỉ ghi điều nguồn nói; con số nào nguồn không nêu thì không ghi. Xóa ghi chú này khi viết xong. */}',
  ];
  return ['---', ...frontmatter, '---', '', ...body, ''].join('\n');
}

export interface UnitDraft {
  name: string;
  shortName: string;
  kind: UnitKind;
  schoolLevel?: SchoolLevel;
  commune?: string;
  aliases: string[];
}

export interface CommuneDraft {
  name: string;
  kind: CommuneKind;
  code?: string;
  province: string;
  district?: string;
  aliases: string[];
}

/** The lines to append to units.yaml or communes.yaml for one new entry. */
export function yamlEntry(id: string, data: UnitDraft | CommuneDraft): string {
  const written = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
  const doc = new Document({ [id]: written });
  // Lists on one line, as the existing entries write their aliases.
  visit(doc, { Seq: (_, node) => void (node.flow = true) });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** Appends an entry to a YAML file's text, keeping its comments and a newline between entries. */
export function appendEntry(text: string, entry: string): string {
  return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${entry}`;
}

export interface Choice {
  id: string;
  /** How the choice is shown and typed: "MN Hoa Hồng". */
  label: string;
  /** Other names that pick it. */
  names: readonly string[];
}

/**
 * Resolves what an editor typed (a number in the list, an id, a name or alias, with or without
 * marks) to a choice; otherwise a Vietnamese message with the closest name.
 */
export function pickChoice(typed: string, choices: readonly Choice[]): { id: string } | { error: string } {
  const answer = typed.trim();
  if (/^\d+$/.test(answer)) {
    const chosen = choices[Number(answer) - 1];
    return chosen ? { id: chosen.id } : { error: `không có số ${answer} trong danh sách (1–${choices.length})` };
  }
  const folded = fold(answer);
  const chosen = choices.find((c) => c.id === answer || [c.label, ...c.names].some((n) => fold(n) === folded));
  if (chosen) return { id: chosen.id };
  const everyName = choices.flatMap((c) => [c.id, c.label, ...c.names]);
  const near = closest(answer, everyName);
  const match = near === undefined ? undefined : choices.find((c) => [c.id, c.label, ...c.names].includes(near));
  return { error: `không có "${answer}" trong danh sách.${match ? ` Có phải ý bạn là "${match.label}" (${match.id})?` : ''}` };
}
