/**
 * The mistakes an editor makes, one per row, each with every error line the check must print
 * for it (from the start of the line). Rows change one seed article, or add files.
 */
import type { ProjectCopy } from '../../scripts/lib/project-copy';

export const file = 'content/models/quy-vi-hoc-sinh-kho-khan-chu-van-an.mdx';
export const newFile = 'content/models/vuon-rau-xanh.mdx';
/** A valid new article, for the rows that need a second file. */
const valid = (title: string) => `---\ntitle: ${title}\nsummary: Một câu tóm tắt.\npublishedAt: 2026-11-01\nauthor: Ban biên tập\nfields: [phat-trien-kinh-te]\nkind: collective\n---\n\nMột đoạn.\n`;

export type Edit = (text: string) => string;
const replace = (from: string, to: string): Edit => (text) => {
  if (!text.includes(from)) throw new Error(`không thấy "${from}" trong bài mẫu`);
  return text.replace(from, to);
};
const appendToBody = (line: string): Edit => (text) => `${text}${line}\n`;

export interface Row {
  mistake: string;
  /** Changes to the seed article; or new files to write. */
  edit?: Edit;
  files?: Record<string, string>;
  /** Every error line the check must print, from the start of the line; nothing else may be an error. */
  errors: string[];
}

export const rows: Row[] = [
  { mistake: 'money written with dots, as text', edit: replace('total: 190000000', 'total: "190.000.000"'), errors: [`${file}:10 funding.total: cần tổng kinh phí (đồng) là một số nguyên không âm, nhưng nhận được chữ "190.000.000"`] },
  { mistake: 'a count written with its unit', edit: replace('count: 821', 'count: 821 lượt'), errors: [`${file}:16 beneficiaries[0].count: cần số người hưởng lợi (count) là một số nguyên không âm, nhưng nhận được chữ "821 lượt"`] },
  { mistake: 'a missing required field', edit: replace('title: Quỹ “Vì học sinh có hoàn cảnh khó khăn”\n', ''), errors: [`${file} title: thiếu tiêu đề (title)`] },
  { mistake: 'an unknown unit', edit: replace('unit: cdcs-truong-thcs-chu-van-an', 'unit: cdcs-truong-thcs-chu-van-ann'), errors: [`${file}:6 unit: không có đơn vị với mã "cdcs-truong-thcs-chu-van-ann". Có phải ý bạn là "cdcs-truong-thcs-chu-van-an" (CĐCS Trường THCS Chu Văn An)?`] },
  { mistake: 'an unknown field of work', edit: replace('fields: [quy-ho-tro, truong-hoc-than-thien]', 'fields: [quy-ho-tro, truong-hoc-than-thienn]'), errors: [`${file}:7 fields[1]: không có lĩnh vực với mã "truong-hoc-than-thienn". Có phải ý bạn là "truong-hoc-than-thien" (Trường học thân thiện)?`] },
  { mistake: 'a misspelled key', edit: replace('beneficiaries:', 'beneficiary:'), errors: [`${file}:14 beneficiary: trường không được biết đến: "beneficiary". Có phải ý bạn là "beneficiaries"?`] },
  { mistake: 'a misspelled nested key', edit: replace('    unit: lượt', '    unit: lượt\n    atleast: true'), errors: [`${file}:18 beneficiaries[0].atleast: trường không được biết đến: "atleast". Có phải ý bạn là "atLeast"?`] },
  { mistake: 'broken YAML (a quote left open)', edit: replace('title: Quỹ “Vì học sinh có hoàn cảnh khó khăn”', 'title: "Quỹ Vì học sinh'), errors: [`${file}:2 (YAML): lỗi cú pháp YAML: dấu ngoặc kép " mở ở dòng này mà chưa đóng`] },
  { mistake: 'broken MDX (a tag left open)', edit: appendToBody('Một đoạn <b>đậm mà chưa đóng.'), errors: [`${file}:30 (thân bài): lỗi cú pháp MDX, cột 10: thẻ <b> mở mà chưa đóng`] },
  { mistake: 'a date written day first', edit: replace('publishedAt: 2026-11-28', 'publishedAt: 28/11/2026'), errors: [`${file}:4 publishedAt: cần ngày đăng (publishedAt) dạng NNNN-TT-NN (ví dụ 2019-08-30), nhưng nhận được chữ "28/11/2026"`] },
  { mistake: 'a day that does not exist', edit: replace('publishedAt: 2026-11-28', 'publishedAt: 2026-02-30'), errors: [`${file}:4 publishedAt: cần ngày đăng (publishedAt) dạng NNNN-TT-NN (ví dụ 2019-08-30), nhưng nhận được chữ "2026-02-30"`] },
  { mistake: 'a date in the future', edit: replace('publishedAt: 2026-11-28', 'publishedAt: 2099-01-01'), errors: [`${file}:4 publishedAt: ngày 2099-01-01 chưa tới`] },
  { mistake: 'a negative amount', edit: replace('      amount: 190000000', '      amount: -190000000'), errors: [`${file}:13 funding.sources[0].amount: số tiền của nguồn (đồng) không được âm`] },
  { mistake: 'sources above the total', edit: replace('      amount: 190000000', '      amount: 200000000'), errors: [`${file}:11 funding.sources: các nguồn cộng lại 200000000 đồng, lớn hơn tổng kinh phí 190000000 đồng`] },
  { mistake: 'an individual model without a person', edit: replace('kind: collective', 'kind: individual'), errors: [`${file} person: mô hình cá nhân (kind: individual) phải ghi họ tên người thực hiện`] },
  { mistake: 'a kind in Vietnamese', edit: replace('kind: collective', 'kind: tap-the'), errors: [`${file}:8 kind: kind phải là "collective" (tập thể) hoặc "individual" (cá nhân)`] },
  { mistake: 'a component the page does not have (a render failure)', edit: appendToBody('<BieuDo loai="cot" />'), errors: [`${file}:30 (thân bài): thẻ <BieuDo> không có trong trang`] },
  { mistake: 'a broken internal link', edit: appendToBody('Xem thêm [Chợ quê](/mo-hinh/cho-que/).'), errors: [`${file}:30 (thân bài): liên kết tới trang không có: "/mo-hinh/cho-que/". Có phải ý bạn là "/mo-hinh/cho-que-mam-non-hoa-hong/"?`] },
  { mistake: 'a cover without alt text, and its picture missing', edit: replace('source: tong', 'cover:\n  src: ./anh/quy.jpg\nsource: tong'), errors: [`${file}:18 cover.alt: thiếu mô tả ảnh (cover.alt)`, `${file}:19 cover.src: không tìm thấy ảnh "./anh/quy.jpg"`] },
  { mistake: 'text typed with separate marks (not NFC)', edit: replace('author: Ban biên tập Dân vận khéo', 'author: Ban biên tập Dân vận khéo'.normalize('NFD')), errors: [`${file}:5 author: chữ "biên" được gõ bằng dấu rời`] },
  { mistake: 'a title another article has', files: { [newFile]: valid('Chợ quê') }, errors: [`${newFile}:2 title: tiêu đề "Chợ quê" trùng với bài content/models/cho-que-mam-non-hoa-hong.mdx`] },
  { mistake: 'a file name that cannot be an address', files: { 'content/models/Vườn rau.mdx': valid('Vườn rau') }, errors: ['content/models/Vườn rau.mdx (tên tệp): tên tệp "Vườn rau.mdx" không dùng được làm địa chỉ trang (chỉ gồm chữ thường không dấu, số và dấu "-"): hãy đổi thành "vuon-rau.mdx"'] },
];

/** Error lines of the check's output (warnings left out). */
export const errorLines = (output: string) => output.split('\n').filter((line) => /^content\/\S.* \S+: /.test(line) && !line.includes(': cảnh báo: '));

export function row(mistake: string): Row {
  const found = rows.find((r) => r.mistake === mistake);
  if (!found) throw new Error(`không có hàng "${mistake}"`);
  return found;
}

/** Applies a row's mistake to a copy of the project. */
export function breakProject(project: ProjectCopy, changes: Pick<Row, 'edit' | 'files'>): void {
  if (changes.edit) project.write(file, changes.edit(project.read(file)));
  for (const [path, text] of Object.entries(changes.files ?? {})) project.write(path, text);
}
