/** Vietnamese labels for the codes stored in frontmatter. */
import type { FundingSourceKind, Model, ModelKind } from '../../schemas/model';
import type { SchoolLevel, UnitKind } from '../../schemas/unit';
import { capitalised, listVi } from '../text/format';

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

/** How a model page answers "Nhân rộng" when the source says. */
export function replicatedLabel(replicated: boolean): string {
  return replicated ? 'Có' : 'Không';
}

/** "2019", or "Chưa rõ năm" when the source gives no start year (the /nam/chua-ro/ page). */
export function yearLabel(year: number | undefined): string {
  return year === undefined ? 'Chưa rõ năm' : String(year);
}

/** ["nhan-dan", "doanh-nghiep"] → "Nhân dân và doanh nghiệp"; the first word is capitalised. */
export function fundingSourceLabel(from: readonly FundingSourceKind[]): string {
  const words = from.map((kind) => fundingSourceLabels[kind]);
  const joined = listVi(words);
  return capitalised(joined);
}

/** The parts of a resolved model (catalog's ModelView) that its details line reads. */
export interface DetailedModel {
  data: Pick<Model, 'kind' | 'person' | 'yearStarted'>;
  unit?: { data: { shortName: string } };
  commune?: { label: string };
}

/** The line under a model's title, in cards and search results alike. */
export function modelDetails(model: DetailedModel): string {
  const parts: string[] = [modelKindLabels[model.data.kind]];
  if (model.data.person) parts.push(model.data.person);
  if (model.unit) parts.push(model.unit.data.shortName);
  if (model.commune) parts.push(model.commune.label);
  if (model.data.yearStarted) parts.push(`từ ${model.data.yearStarted}`);
  return parts.join(' · ');
}

/** What a model's card in a list shows (ModelCard): the key of a page that lists models hashes this. */
export interface ModelCardText {
  url: string;
  title: string;
  details: string;
  summary: string;
}

export function modelCardText(model: DetailedModel & { url: string; data: Pick<Model, 'title' | 'summary'> }): ModelCardText {
  return { url: model.url, title: model.data.title, details: modelDetails(model), summary: model.data.summary };
}

/** "10 năm, đến năm 2019"; "2015–2019" when the first year is known. */
export function reportPeriodLabel(period: { periodYears?: number; periodStart?: number; periodEnd: number }): string {
  const span = period.periodStart ? `${period.periodStart}–${period.periodEnd}` : `đến năm ${period.periodEnd}`;
  return period.periodYears ? `${period.periodYears} năm, ${span}` : span;
}
