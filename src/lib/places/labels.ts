/** How places read: "xã Đăk Ngọk", their period "đến 30/06/2025", "nay thuộc …". */
import type { Commune, CommuneKind } from '../../schemas/commune';
import { formatDate } from '../text/format';

export const communeKindLabels: Record<CommuneKind, string> = {
  'thi-tran': 'thị trấn',
  xa: 'xã',
  phuong: 'phường',
};

/** "xã Đăk Ngọk", "thị trấn Đăk Hà". */
export function communeLabel(commune: { name: string; kind: CommuneKind }): string {
  return `${communeKindLabels[commune.kind]} ${commune.name}`;
}

/** The period a unit existed: "từ 01/07/2025", "đến 30/06/2025", "01/07/2025 – 30/06/2030"; "" when no day is known. */
export function periodLabel(commune: Pick<Commune, 'validFrom' | 'validTo'>): string {
  const { validFrom, validTo } = commune;
  if (validFrom && validTo) return `${formatDate(validFrom)} – ${formatDate(validTo)}`;
  if (validFrom) return `từ ${formatDate(validFrom)}`;
  if (validTo) return `đến ${formatDate(validTo)}`;
  return '';
}

/** "mã 23510 (đến 30/06/2025)": a code always with its period. */
export function codeLabel(commune: Pick<Commune, 'code' | 'validFrom' | 'validTo'>): string | undefined {
  if (commune.code === undefined) return undefined;
  const period = periodLabel(commune);
  return period === '' ? `mã ${commune.code}` : `mã ${commune.code} (${period})`;
}

/** "xã Đăk Ngọk (đến 30/06/2025)": a label with its period, when one is known. */
export function datedLabel(place: { label: string; period: string }): string {
  return place.period === '' ? place.label : `${place.label} (${place.period})`;
}

/** A former unit with its period, a unit of today by its label alone: old and new units share names ("xã Đăk Ui"). */
export function formerDatedLabel(place: { label: string; period: string; current: boolean }): string {
  return place.current ? place.label : datedLabel(place);
}

/** A former unit named as the unit it became part of reads "cũ": "xã Đăk Ui cũ" within xã Đăk Ui. */
export function namesakeLabel(former: { label: string }, within: { label: string }): string {
  return former.label === within.label ? `${former.label} cũ` : former.label;
}

/** "xã Đăk Ngọk, huyện Đăk Hà, tỉnh Kon Tum": the unit with the levels above it. */
export function placeLine(commune: Pick<Commune, 'name' | 'kind' | 'district' | 'province'>): string {
  return [communeLabel(commune), commune.district, commune.province].filter((part) => part !== undefined).join(', ');
}
