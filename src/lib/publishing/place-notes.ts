/**
 * What a page says of a place through time, as text with links: "nay thuộc xã Đăk Ui, tỉnh Quảng
 * Ngãi (từ 01/07/2025)", what a former unit became and what today's commune was formed from, with the
 * act that decided it. Only what the communes and acts data say; nothing about bodies it does not name.
 */
import type { CommuneView, PlaceRef } from '../catalog/catalog';
import { datedLabel, namesakeLabel } from '../places/labels';
import { capitalised } from '../text/format';

export interface NoteLink {
  href: string;
  label: string;
}
/** A note is text and links, in reading order. */
export type NotePart = string | NoteLink;

function link(place: PlaceRef, label = place.label): NoteLink {
  return { href: place.url, label };
}

/** Parts joined as "A, B và C". */
function listed(parts: readonly NotePart[]): NotePart[] {
  return parts.flatMap((part, i) => (i === 0 ? [part] : [i === parts.length - 1 ? ' và ' : ', ', part]));
}

/** "nay thuộc [xã Đăk Ui], tỉnh Quảng Ngãi (từ 01/07/2025)"; undefined while the unit still exists or its successor is not known. */
export function todayNote(commune: Pick<CommuneView, 'today'>): NotePart[] | undefined {
  const { today } = commune;
  if (today === undefined) return undefined;
  return ['nay thuộc ', link(today), `, ${datedLabel({ label: today.province, period: today.period })}`];
}

/** "Từ 01/07/2025, xã Đăk Ngọk nhập vào [xã Đăk Ui], tỉnh Quảng Ngãi (Nghị quyết 1677/NQ-UBTVQH15 ngày 16/06/2025)." */
export function successionNote(commune: CommuneView): NotePart[] | undefined {
  const { today } = commune;
  if (today === undefined) return undefined;
  const when = today.period === '' ? '' : `${capitalised(today.period)}, `;
  const act = commune.endedBy ? ` (${commune.endedBy.label})` : '';
  return [`${when}${when ? commune.label : capitalised(commune.label)} nhập vào `, link(today), `, ${today.province}${act}.`];
}

/** "huyện Đăk Hà, tỉnh Kon Tum": where the former units of these communes were. */
function formerWhere(communes: readonly CommuneView[]): string {
  const districts = [...new Set(communes.flatMap((c) => c.formerDistricts))];
  const provinces = [...new Set(communes.flatMap((c) => c.formedFrom.map((f) => f.province)))];
  return [...districts, ...provinces].join(', ');
}

/**
 * "Từ 01/07/2025, xã Đăk Ui gồm toàn bộ [xã Đăk Ngọk] và [xã Đăk Ui cũ] của huyện Đăk Hà, tỉnh Kon Tum
 * (Nghị quyết 1677/NQ-UBTVQH15 ngày 16/06/2025)." A former unit named as today's commune is called "cũ".
 */
export function formationNote(commune: CommuneView): NotePart[] | undefined {
  if (commune.formedFrom.length === 0) return undefined;
  const when = commune.period === '' ? '' : `${capitalised(commune.period)}, `;
  const former = commune.formedFrom.map((f) => link(f, namesakeLabel(f, commune)));
  const where = formerWhere([commune]);
  const act = commune.formedBy ? ` (${commune.formedBy.label})` : '';
  return [`${when}${when ? commune.label : capitalised(commune.label)} gồm toàn bộ `, ...listed(former), `${where ? ` của ${where}` : ''}${act}.`];
}

/** A note as plain text (for descriptions, cards and tests). */
export function noteText(parts: readonly NotePart[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.label)).join('');
}

/**
 * One sentence per act and day that formed today's communes, for the communes index: "Từ 01/07/2025,
 * theo Nghị quyết 1677/NQ-UBTVQH15 ngày 16/06/2025, 11 đơn vị hành chính cấp xã của huyện Đăk Hà,
 * tỉnh Kon Tum được sắp xếp thành 5 xã của tỉnh Quảng Ngãi." Counted from the data, so it holds for any district.
 */
export function reorganisationSummary(communes: readonly CommuneView[]): string[] {
  const groups = new Map<string, CommuneView[]>();
  for (const c of communes.filter((c) => c.current && c.formedFrom.length > 0)) {
    const key = `${c.formedBy?.id ?? ''}|${c.period}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const former = group.reduce((n, c) => n + c.formedFrom.length, 0);
    const where = formerWhere(group);
    const opening = [first.period === '' ? undefined : capitalised(first.period), first.formedBy && `theo ${first.formedBy.label}`].filter(Boolean).join(', ');
    const subject = `${former} đơn vị hành chính cấp xã${where ? ` của ${where}` : ''}`;
    const provinces = [...new Set(group.map((c) => c.data.province))].join(', ');
    return `${opening ? `${opening}, ${subject}` : capitalised(subject)} được sắp xếp thành ${group.length} xã của ${provinces}.`;
  });
}
