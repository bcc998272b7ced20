/**
 * The CSV columns and the writer of the open data, and the JSON body of a data set: shared by the build
 * (/du-lieu/) and the search page, which builds the file of its results in the browser from the
 * published JSON. Pure: no Node API, and nothing that would weigh on the browser (no schema, no catalog).
 * Both paths write with this one function, so the files cannot drift apart.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { fundingSourceKinds } from '../../schemas/funding-sources';
import type { FundingSourceKind } from '../../schemas/model';
import { beneficiaryText, outcomeText } from '../catalog/figures';
import { fundingSourceLabel } from '../catalog/labels';
import { sourceKey } from '../catalog/totals';

export interface FundingSourceRecord {
  /** "doanh-nghiep+nhan-dan" */
  key: string;
  label: string;
  from: FundingSourceKind[];
  amount: number;
  atLeast: boolean;
}

export interface ModelRecord {
  id: string;
  url: string;
  title: string;
  unit: { id: string; name: string } | null;
  /** The commune as the source names it, in its own period; null when the source names none. */
  commune: CommuneThen | null;
  /** The commune of today that it is part of (itself when it still exists); null when unknown. */
  communeNow: CommuneNow | null;
  village: string | null;
  fields: { id: string; name: string }[];
  yearStarted: number | null;
  /** "tập thể" or "cá nhân". */
  kind: string;
  person: string | null;
  replicated: boolean | null;
  replicatedFrom: string | null;
  copies: string[];
  funding: { total: number; atLeast: boolean; sources: FundingSourceRecord[]; notBrokenDown: number } | null;
  beneficiaries: { group: string; count: number; unit: string; atLeast: boolean }[];
  outcomes: { label: string; value: number; unit: string; atLeast: boolean }[];
  benefit: { amount: number; atLeast: boolean } | null;
  source: { id: string; title: string; year: number } | null;
  publishedAt: string;
}

export interface CommuneThen {
  id: string;
  /** "xã Hà Mòn". */
  name: string;
  /** The statistics office's code in the unit's period: read with validFrom/validTo, codes were reused. */
  code: string | null;
  /** First and last day of the unit (YYYY-MM-DD); null when not known, or (validTo) while it still exists. */
  validFrom: string | null;
  validTo: string | null;
  province: string;
  district: string | null;
}

export interface CommuneNow {
  id: string;
  name: string;
  code: string | null;
  province: string;
  validFrom: string | null;
}

export interface DatasetJson {
  title: string;
  documentation: string;
  licence: null;
  licenceNote: string;
  note: string;
  count: number;
  models: ModelRecord[];
}

export type Cell = string | number | boolean | null;

export interface DataColumn {
  key: string;
  /** What the column holds, in Vietnamese, for the data page. */
  description: string;
  value: (record: ModelRecord) => Cell;
}

const list = (items: readonly string[]): string | null => (items.length > 0 ? items.join('; ') : null);

/** The CSV column of one source or group of sources: "funding_doanh_nghiep_va_nhan_dan". */
export function sourceColumnKey(from: readonly FundingSourceKind[]): string {
  return `funding_${sourceKey(from).replace(/\+/g, '_va_').replace(/-/g, '_')}`;
}

function sourceColumn(from: readonly FundingSourceKind[]): DataColumn {
  const key = sourceKey(from);
  return {
    key: sourceColumnKey(from),
    description: `Kinh phí từ ${fundingSourceLabel([...from].sort())} (đồng)${from.length > 1 ? ', khi nguồn ghi chung các bên này mà không tách riêng' : ''}; trống khi nguồn không nêu khoản này.`,
    value: (r) => r.funding?.sources.filter((s) => s.key === key).reduce<number | null>((sum, s) => (sum ?? 0) + s.amount, null) ?? null,
  };
}

/**
 * The CSV columns. Each single source has a column always; a group of sources reported
 * together ("Nhân dân và doanh nghiệp") gets one where the data has it. Every file of the
 * site uses the columns of the whole data, so all files share one header.
 */
export function dataColumns(records: readonly ModelRecord[]): DataColumn[] {
  const groups = new Map<string, FundingSourceKind[]>();
  for (const s of records.flatMap((r) => r.funding?.sources ?? [])) if (s.from.length > 1) groups.set(s.key, s.from);
  const groupColumns = [...groups.keys()].sort().map((key) => sourceColumn(groups.get(key)!));
  return [
    { key: 'id', description: 'Mã mô hình, cũng là tên tệp bài viết.', value: (r) => r.id },
    { key: 'url', description: 'Địa chỉ bài viết.', value: (r) => r.url },
    { key: 'title', description: 'Tên mô hình.', value: (r) => r.title },
    { key: 'unit_id', description: 'Mã đơn vị thực hiện.', value: (r) => r.unit?.id ?? null },
    { key: 'unit', description: 'Tên đơn vị thực hiện.', value: (r) => r.unit?.name ?? null },
    { key: 'commune_id', description: 'Khóa của xã, thị trấn nơi thực hiện, đúng như nguồn ghi (đơn vị lúc đó), dùng trong địa chỉ trang của đơn vị; không phải mã thống kê.', value: (r) => r.commune?.id ?? null },
    { key: 'commune', description: 'Xã, thị trấn nơi thực hiện, đúng như nguồn ghi (đơn vị lúc đó), kèm cấp: “xã Hà Mòn”.', value: (r) => r.commune?.name ?? null },
    { key: 'commune_code', description: 'Mã thống kê của xã, thị trấn đó trong thời kỳ nó tồn tại; mã đã được dùng lại nên luôn đọc cùng ngày đầu, ngày cuối của đơn vị (hai cột sau).', value: (r) => r.commune?.code ?? null },
    { key: 'commune_valid_from', description: 'Ngày đầu tiên đơn vị đó tồn tại (NNNN-TT-NN); trống khi nguồn không nêu.', value: (r) => r.commune?.validFrom ?? null },
    { key: 'commune_valid_to', description: 'Ngày cuối cùng đơn vị đó tồn tại (NNNN-TT-NN); trống khi đơn vị vẫn còn.', value: (r) => r.commune?.validTo ?? null },
    { key: 'commune_province', description: 'Tỉnh của đơn vị đó trong thời kỳ nó tồn tại.', value: (r) => r.commune?.province ?? null },
    { key: 'commune_district', description: 'Huyện của đơn vị đó trong thời kỳ nó tồn tại; trống khi đơn vị không thuộc huyện nào.', value: (r) => r.commune?.district ?? null },
    { key: 'commune_now_id', description: 'Khóa của xã hiện nay gồm đơn vị đó (chính nó khi đơn vị vẫn còn).', value: (r) => r.communeNow?.id ?? null },
    { key: 'commune_now_code', description: 'Mã thống kê hiện nay của xã đó; đọc cùng ngày xã bắt đầu tồn tại (cột cuối của nhóm này).', value: (r) => r.communeNow?.code ?? null },
    { key: 'commune_now', description: 'Tên xã hiện nay, kèm cấp.', value: (r) => r.communeNow?.name ?? null },
    { key: 'commune_now_province', description: 'Tỉnh hiện nay của xã đó.', value: (r) => r.communeNow?.province ?? null },
    { key: 'commune_now_valid_from', description: 'Ngày đầu tiên xã hiện nay tồn tại (NNNN-TT-NN); trống khi nguồn không nêu.', value: (r) => r.communeNow?.validFrom ?? null },
    { key: 'village', description: 'Thôn, làng, khi nguồn nêu.', value: (r) => r.village },
    { key: 'field_ids', description: 'Mã các lĩnh vực, cách nhau bằng “; ”.', value: (r) => list(r.fields.map((f) => f.id)) },
    { key: 'fields', description: 'Tên các lĩnh vực, cách nhau bằng “; ”.', value: (r) => list(r.fields.map((f) => f.name)) },
    { key: 'year_started', description: 'Năm bắt đầu, khi nguồn nêu.', value: (r) => r.yearStarted },
    { key: 'kind', description: '“tập thể” hoặc “cá nhân”.', value: (r) => r.kind },
    { key: 'person', description: 'Người thực hiện, với mô hình cá nhân.', value: (r) => r.person },
    { key: 'replicated', description: 'true: đã được nhân rộng; false: chưa; trống: nguồn không nói.', value: (r) => r.replicated },
    { key: 'replicated_from', description: 'Mã mô hình gốc, khi mô hình này được nhân rộng từ một mô hình khác.', value: (r) => r.replicatedFrom },
    { key: 'copies', description: 'Mã các mô hình được nhân rộng từ mô hình này, cách nhau bằng “; ”.', value: (r) => list(r.copies) },
    { key: 'funding_total', description: 'Tổng kinh phí vận động (đồng).', value: (r) => r.funding?.total ?? null },
    {
      key: 'funding_at_least',
      description: 'true khi nguồn ghi “trên” cho tổng kinh phí hoặc cho một khoản trong đó: các số tiền là mức tối thiểu.',
      value: (r) => (r.funding ? r.funding.atLeast || r.funding.sources.some((s) => s.atLeast) : null),
    },
    ...fundingSourceKinds.map((kind) => sourceColumn([kind])),
    ...groupColumns,
    { key: 'funding_not_broken_down', description: 'Phần kinh phí nguồn không nói ai đóng góp (đồng); 0 khi các nguồn cộng đủ tổng.', value: (r) => r.funding?.notBrokenDown ?? null },
    { key: 'beneficiaries', description: 'Người hưởng lợi, mỗi nhóm một mục “số đơn vị nhóm”, cách nhau bằng “; ”; các đơn vị đếm (lượt, hộ, người) không cộng lẫn.', value: (r) => list(r.beneficiaries.map((b) => beneficiaryText(b))) },
    { key: 'outcomes', description: 'Kết quả đo được không phải tiền hay người, cách nhau bằng “; ”.', value: (r) => list(r.outcomes.map((o) => outcomeText(o))) },
    { key: 'benefit', description: 'Số tiền làm lợi cho Nhân dân (đồng); không phải tiền vận động, không cộng vào kinh phí.', value: (r) => r.benefit?.amount ?? null },
    { key: 'benefit_at_least', description: 'true khi nguồn ghi “trên” số tiền làm lợi.', value: (r) => r.benefit?.atLeast ?? null },
    { key: 'source_report', description: 'Báo cáo sơ kết, tổng kết mà số liệu được lấy từ đó.', value: (r) => r.source?.title ?? null },
    { key: 'source_report_year', description: 'Năm cuối của giai đoạn báo cáo đó: năm của báo cáo số liệu theo năm.', value: (r) => r.source?.year ?? null },
    { key: 'published_at', description: 'Ngày đăng bài (NNNN-TT-NN).', value: (r) => r.publishedAt },
  ];
}

/** CSV in UTF-8 with a byte-order mark so Excel reads Vietnamese; CRLF line ends; formulas defused. */
export function toCsv(records: readonly ModelRecord[], columns: readonly DataColumn[]): string {
  return stringify(
    records.map((r) => columns.map((c) => c.value(r))),
    {
      bom: true,
      header: true,
      columns: columns.map((c) => c.key),
      record_delimiter: 'windows',
      escape_formulas: true,
      cast: { boolean: (value) => (value ? 'true' : 'false') },
    },
  );
}

/** A data set's JSON file: indented, one line end at the end. */
export function jsonText(body: DatasetJson): string {
  return `${JSON.stringify(body, null, 2)}\n`;
}
