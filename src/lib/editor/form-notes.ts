/**
 * What the web editor's form says about each field of each collection: its Vietnamese label, the
 * hint under it (the scaffold's notes, for a form instead of a file), and how it is entered when its
 * type alone does not say (a list of choices from the content, a long text, a picture). The form
 * itself is generated from the schemas (decap-config.ts): a schema field without a note here stops
 * the generation, so no field can be forgotten.
 */
import { communeKindLabels } from '../places/labels';
import { fundingSourceLabels, modelKindLabels, schoolLevelLabels, unitKindLabels } from '../catalog/labels';
import { capitalised } from '../text/format';

/** The content a field's choices come from, or a fixed list of codes with their labels. */
export type Choices = 'units' | 'communes' | 'fields' | 'reports' | 'models' | 'acts' | Readonly<Record<string, string>>;

export interface FieldNote {
  label: string;
  hint?: string;
  /** Choices for an id or an enum (the schema's enum values must all have a label). */
  choices?: Choices;
  /** A long text (a textarea) rather than one line. */
  long?: boolean;
  /** A picture uploaded into the article's anh/ folder. */
  picture?: boolean;
  /** A value the form starts with for a new entry. */
  initial?: unknown;
}

const reportKindLabels = { 'so-ket': 'Sơ kết', 'tong-ket': 'Tổng kết' } as const;
const capitalisedSources = Object.fromEntries(Object.entries(fundingSourceLabels).map(([code, label]) => [code, capitalised(label)]));

const atLeast: FieldNote = { label: 'Nguồn ghi “trên” con số này', hint: 'Bật khi báo cáo viết “trên” (ví dụ “trên 150.000.000 đồng”).' };
const money = (label: string, hint = 'Số đồng, chỉ gồm chữ số (có thể gõ dấu chấm ngăn cách: 190.000.000). Để trống nếu nguồn không nêu: trang ghi “chưa rõ”, không bao giờ ghi 0.'): FieldNote => ({ label, hint });
const aliases: FieldNote = { label: 'Các cách viết khác', hint: 'Những cách người đọc hay gõ (có dấu, không dấu, tên cũ), mỗi cách một dòng.' };

export const formNotes: Record<'models' | 'reports' | 'units' | 'communes' | 'fields' | 'acts', Record<string, FieldNote>> = {
  models: {
    title: { label: 'Tên mô hình', hint: 'Như người đọc biết đến. Tên tệp và địa chỉ bài được tạo từ tên này, bỏ dấu.' },
    summary: { label: 'Tóm tắt một câu', hint: 'Hiện trên thẻ bài, kết quả tìm kiếm và khi chia sẻ.', long: true },
    publishedAt: { label: 'Ngày đăng', hint: 'Dạng ngày/tháng/năm, ví dụ 28/11/2026.' },
    updatedAt: { label: 'Ngày sửa nội dung gần nhất', hint: 'Chỉ ghi khi sửa nội dung sau khi đã đăng.' },
    author: { label: 'Người viết bài', initial: 'Ban biên tập Dân vận khéo' },
    unit: { label: 'Đơn vị thực hiện', hint: 'Để trống nếu nguồn không nêu. Đơn vị chưa có trong danh sách: thêm ở mục “Đơn vị” rồi tải lại trang.', choices: 'units' },
    commune: { label: 'Xã', hint: 'Xã như nguồn ghi, có vào thời của nguồn: bài về trước 01/07/2025 chọn tên xã cũ. Để trống nếu nguồn không nêu.', choices: 'communes' },
    village: { label: 'Thôn, làng', hint: 'Nếu nguồn nêu, ví dụ “thôn Thống Nhất”.' },
    fields: { label: 'Lĩnh vực', hint: 'Chọn ít nhất một.', choices: 'fields' },
    kind: { label: 'Loại mô hình', choices: modelKindLabels, initial: 'collective' },
    person: { label: 'Họ tên người thực hiện', hint: 'Chỉ ghi khi là mô hình cá nhân.' },
    yearStarted: { label: 'Năm bắt đầu', hint: 'Bốn chữ số, nếu nguồn nêu.' },
    replicated: { label: 'Đã được nhân rộng?', hint: 'Chọn “Có” hay “Không” khi nguồn nói rõ; để trống nếu chưa rõ.', choices: { true: 'Có', false: 'Không' } },
    replicatedFrom: { label: 'Nhân rộng từ mô hình', hint: 'Mô hình mà mô hình này làm theo.', choices: 'models' },
    funding: { label: 'Kinh phí vận động', hint: 'Để trống cả mục nếu nguồn không nêu số tiền.' },
    'funding.total': money('Tổng kinh phí (đồng)'),
    'funding.atLeast': atLeast,
    'funding.sources': { label: 'Các nguồn góp', hint: 'Những nguồn báo cáo nêu; có thể chỉ là một phần của tổng.' },
    'funding.sources.from': { label: 'Nguồn', hint: 'Một hay nhiều nguồn góp chung khoản này.', choices: capitalisedSources },
    'funding.sources.amount': money('Số tiền của nguồn (đồng)', 'Số đồng, chỉ gồm chữ số.'),
    'funding.sources.atLeast': atLeast,
    beneficiaries: { label: 'Người hưởng lợi', hint: 'Mỗi nhóm một dòng; các đơn vị đếm khác nhau (người, hộ, lượt) không bao giờ cộng lẫn.' },
    'beneficiaries.group': { label: 'Nhóm người hưởng lợi', hint: 'Ví dụ “học sinh có hoàn cảnh khó khăn”.' },
    'beneficiaries.count': { label: 'Số lượng', hint: 'Số nguyên, không âm.' },
    'beneficiaries.unit': { label: 'Đơn vị đếm', hint: 'người, hộ, lượt…' },
    'beneficiaries.atLeast': atLeast,
    outcomes: { label: 'Kết quả đo được khác', hint: 'km, %, vườn… (không phải tiền hay người).' },
    'outcomes.label': { label: 'Kết quả', hint: 'Ví dụ “đường hoa”.' },
    'outcomes.value': { label: 'Giá trị', hint: 'Một số, có thể có phần thập phân (dùng dấu phẩy: 1,5).' },
    'outcomes.unit': { label: 'Đơn vị', hint: 'km, %, vườn…' },
    'outcomes.atLeast': atLeast,
    benefit: { label: 'Tiền làm lợi cho Nhân dân', hint: 'Không cộng vào kinh phí vận động. Để trống nếu nguồn không nêu.' },
    'benefit.amount': money('Số tiền làm lợi (đồng)'),
    'benefit.atLeast': atLeast,
    source: { label: 'Báo cáo nguồn', hint: 'Báo cáo mà số liệu của bài lấy từ đó.', choices: 'reports' },
    cover: { label: 'Ảnh bìa', hint: 'Ảnh được lưu vào thư mục anh/ của bài; khi dựng trang, ảnh được nén và bỏ hết thông tin máy ảnh, vị trí.' },
    'cover.src': { label: 'Ảnh', picture: true },
    'cover.alt': { label: 'Mô tả ảnh', hint: 'Bắt buộc: tả điều ảnh cho thấy cho người không xem được ảnh (không viết “ảnh 1”).' },
    tags: { label: 'Từ khóa', hint: 'Mỗi từ khóa một dòng.' },
    draft: { label: 'Bản nháp (chưa hiện trên trang)' },
    body: { label: 'Nội dung bài', hint: 'Chỉ ghi điều nguồn nói; con số nào nguồn không nêu thì không ghi. Mỗi đoạn cách nhau một dòng trống.' },
  },
  reports: {
    title: { label: 'Tiêu đề báo cáo' },
    summary: { label: 'Tóm tắt một câu', long: true },
    kind: { label: 'Loại báo cáo', choices: reportKindLabels },
    publishedAt: { label: 'Ngày ban hành', hint: 'Dạng ngày/tháng/năm, ví dụ 30/08/2019.' },
    periodYears: { label: 'Số năm của giai đoạn', hint: 'Ví dụ 10 cho “10 năm”.' },
    periodStart: { label: 'Năm đầu giai đoạn', hint: 'Nếu báo cáo nêu.' },
    periodEnd: { label: 'Năm cuối giai đoạn' },
    author: { label: 'Người ký báo cáo' },
    authorRole: { label: 'Chức vụ người ký' },
    publisher: { label: 'Đơn vị ban hành', choices: 'units' },
    declared: { label: 'Số liệu báo cáo công bố', hint: 'Mỗi số để trống nếu báo cáo không nêu.' },
    'declared.models': { label: 'Tổng số mô hình' },
    'declared.collective': { label: 'Số mô hình tập thể' },
    'declared.individual': { label: 'Số mô hình cá nhân' },
    'declared.replicated': { label: 'Số mô hình nhân rộng' },
    results: { label: 'Kết quả chung', hint: 'Kết quả của cả phong trào, không gắn với một mô hình.' },
    'results.label': { label: 'Kết quả' },
    'results.value': { label: 'Giá trị' },
    'results.unit': { label: 'Đơn vị' },
    'results.atLeast': atLeast,
    sourceUrl: { label: 'Địa chỉ bản gốc', hint: 'Địa chỉ web đầy đủ, nếu bản gốc được đăng công khai.' },
    draft: { label: 'Bản nháp (chưa hiện trên trang)' },
    body: { label: 'Nội dung' },
  },
  units: {
    id: { label: 'Mã đơn vị', hint: 'Chữ thường không dấu nối bằng “-”, ví dụ cdcs-truong-mam-non-hoa-hong. Không đổi mã của đơn vị đã có bài.' },
    name: { label: 'Tên đầy đủ', hint: 'Như nguồn viết: “CĐCS Trường THCS Chu Văn An”.' },
    shortName: { label: 'Tên ngắn', hint: 'Cho danh sách và thẻ bài: “THCS Chu Văn An”.' },
    kind: { label: 'Loại đơn vị', choices: unitKindLabels },
    schoolLevel: { label: 'Cấp học', hint: 'Chỉ cho trường học.', choices: schoolLevelLabels },
    commune: { label: 'Xã', hint: 'Để trống nếu nguồn không nêu.', choices: 'communes' },
    aliases,
  },
  communes: {
    id: { label: 'Mã', hint: 'Tên không dấu nối bằng “-”; đơn vị lập từ 01/07/2025 thêm “-2025”.' },
    name: { label: 'Tên', hint: 'Có dấu, không có chữ “xã”: “Đăk Ngọk”.' },
    kind: { label: 'Loại', choices: communeKindLabels },
    code: { label: 'Mã thống kê', hint: 'Đúng 5 chữ số, của thời kỳ đơn vị tồn tại (mã đã được dùng lại).' },
    province: { label: 'Tỉnh', hint: 'Có chữ “tỉnh”: “tỉnh Kon Tum”.' },
    district: { label: 'Huyện', hint: 'Có chữ “huyện”; để trống cho đơn vị từ 01/07/2025.' },
    validFrom: { label: 'Ngày bắt đầu', hint: 'Để trống nếu không nguồn nào nêu.' },
    validTo: { label: 'Ngày cuối cùng', hint: 'Để trống khi đơn vị còn tồn tại.' },
    successor: { label: 'Sáp nhập vào', choices: 'communes' },
    formedBy: { label: 'Văn bản thành lập', choices: 'acts' },
    endedBy: { label: 'Văn bản chấm dứt', choices: 'acts' },
    sources: { label: 'Văn bản khác', choices: 'acts' },
    aliases,
  },
  fields: {
    id: { label: 'Mã lĩnh vực', hint: 'Chữ thường không dấu nối bằng “-”.' },
    name: { label: 'Tên lĩnh vực' },
    description: { label: 'Mô tả', long: true },
  },
  acts: {
    id: { label: 'Mã văn bản', hint: 'Chữ thường không dấu nối bằng “-”: nq-1677-nq-ubtvqh15.' },
    name: { label: 'Loại và số văn bản', hint: '“Nghị quyết 1677/NQ-UBTVQH15”.' },
    about: { label: 'Nội dung', long: true },
    issuedOn: { label: 'Ngày ban hành' },
    effectiveFrom: { label: 'Ngày có hiệu lực' },
    provisions: { label: 'Điều, khoản liên quan' },
  },
};
