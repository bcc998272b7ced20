/** Vietnamese labels for the codes stored in frontmatter. */
import type { CommuneKind } from '../schemas/commune';
import type { FundingSourceKind, ModelKind } from '../schemas/model';
import type { SchoolLevel, UnitKind } from '../schemas/unit';

export const modelKindLabels: Record<ModelKind, string> = {
  collective: 'Tập thể',
  individual: 'Cá nhân',
};

export const fundingSourceLabels: Record<FundingSourceKind, string> = {
  'nhan-dan': 'Nhân dân',
  'doanh-nghiep': 'doanh nghiệp',
  'doan-vien': 'đoàn viên',
  'cong-doan': 'công đoàn',
  'ngan-sach': 'ngân sách',
  khac: 'nguồn khác',
};

export const schoolLevelLabels: Record<SchoolLevel, string> = {
  'mam-non': 'Mầm non',
  'tieu-hoc': 'Tiểu học',
  thcs: 'Trung học cơ sở',
  thpt: 'Trung học phổ thông',
  'lien-cap': 'Liên cấp',
};

export const unitKindLabels: Record<UnitKind, string> = {
  school: 'Trường học',
  commune: 'Xã, thị trấn',
  agency: 'Cơ quan',
  enterprise: 'Doanh nghiệp',
};

export const communeKindLabels: Record<CommuneKind, string> = {
  'thi-tran': 'thị trấn',
  xa: 'xã',
};

/** ["nhan-dan", "doanh-nghiep"] → "Nhân dân và doanh nghiệp"; the first word is capitalised. */
export function fundingSourceLabel(from: readonly FundingSourceKind[]): string {
  const words = from.map((kind) => fundingSourceLabels[kind]);
  const joined = words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} và ${words.at(-1)}`;
  return joined.charAt(0).toLocaleUpperCase('vi') + joined.slice(1);
}

/** "xã Đăk Ngọk", "thị trấn Đăk Hà". */
export function communeLabel(commune: { name: string; kind: CommuneKind }): string {
  return `${communeKindLabels[commune.kind]} ${commune.name}`;
}
