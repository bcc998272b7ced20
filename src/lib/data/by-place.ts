/**
 * Models grouped by commune for a period: as the sources name them, as the units stood on a day
 * (the last day of a report's year), or by today's communes with their former units. Which units
 * existed when comes from the communes collection (src/lib/places/timeline.ts): no date is written here.
 */
import { todayOf, type Catalog, type CommuneView, type ModelView, type TodayGroup } from '../catalog/catalog';
import { existsOn, placeOn } from '../places/timeline';
import { capitalised, formatDate } from '../text/format';
import { datedLabel, formerDatedLabel } from '../places/labels';
import { compareVi } from '../text/vietnamese';
import { computeTotals, type Totals } from '../catalog/totals';

/** The units of the site as the groupings read them. */
export type Places = Pick<Catalog, 'communes' | 'byCommuneToday'>;

export interface PlaceRow {
  id: string;
  url: string;
  /** "xã Hà Mòn"; with its period where the label alone would be ambiguous: "xã Đăk Pxi (đến 30/06/2025)". */
  label: string;
  models: ModelView[];
  totals: Totals;
  /** The former units of a commune of today, each with its subtotal; empty otherwise. */
  parts: PlaceRow[];
}

export type GroupingKind = 'named' | 'on-day' | 'today' | 'former';

export interface PlaceGrouping {
  kind: GroupingKind;
  /** Stable id: the HTML anchor. */
  id: string;
  /** "Theo đơn vị hành chính hiện nay (từ 01/07/2025)". */
  title: string;
  /** Which units the grouping uses, and why. */
  explanation: string;
  rows: PlaceRow[];
  /** Models the sources place in no commune: shown as such, never spread over the rows. */
  unknown: { models: ModelView[]; totals: Totals };
}

/** Shown for the models without a commune. */
export const UNKNOWN_PLACE = 'Chưa rõ xã, thị trấn';

const DAY = 24 * 60 * 60 * 1000;

/** The day before (dates are UTC midnights, as frontmatter dates are). */
export function dayBefore(day: Date): Date {
  return new Date(day.getTime() - DAY);
}

/** 31 December of a year: the day whose units a year's report names. */
export function lastDayOf(year: number): Date {
  return new Date(Date.UTC(year, 11, 31));
}

/**
 * The day today's communes began: the latest first day among them (the last reorganisation);
 * undefined when none has a known first day.
 */
export function currentSince(communes: readonly CommuneView[]): Date | undefined {
  const days = communes.filter((c) => c.current && c.data.validFrom !== undefined).map((c) => c.data.validFrom!.getTime());
  return days.length === 0 ? undefined : new Date(Math.max(...days));
}

/** The units that existed on a day, in the order given. */
export function unitsOn(communes: readonly CommuneView[], day: Date): CommuneView[] {
  return communes.filter((c) => existsOn(c, day));
}

/** The unit that a model's place was part of on a day; the unit as the source names it when its chain does not reach one that existed then. */
export function unitOn(model: Pick<ModelView, 'commune'>, byId: ReadonlyMap<string, CommuneView>, day: Date): CommuneView | undefined {
  return model.commune && (placeOn(model.commune, byId, day) ?? model.commune);
}

/** "xã Hà Mòn (nay thuộc xã Đăk Hà)": the unit as the source names it, and the commune it is part of today. */
export function placeNow(commune: Pick<CommuneView, 'label' | 'today'>): string {
  return commune.today === undefined ? commune.label : `${commune.label} (nay thuộc ${commune.today.label})`;
}

/** Today's commune of a model's place: the place itself when it still exists. */
export function todayId(model: Pick<ModelView, 'commune'>): string | undefined {
  return model.commune && todayOf(model.commune)?.id;
}

function row(commune: CommuneView, models: ModelView[], label: string, parts: PlaceRow[] = []): PlaceRow {
  return { id: commune.id, url: commune.url, label, models, totals: computeTotals(models.map((m) => m.data)), parts };
}

function unknownOf(models: readonly ModelView[]): PlaceGrouping['unknown'] {
  const none = models.filter((m) => m.commune === undefined);
  return { models: none, totals: computeTotals(none.map((m) => m.data)) };
}

/** Labels: the plain label, with the period added to those that another row of the grouping shares. */
function rowsFor(units: readonly CommuneView[], modelsOf: (unit: CommuneView) => ModelView[]): PlaceRow[] {
  const labels = units.map((u) => u.label);
  return units.map((u) => row(u, modelsOf(u), labels.filter((l) => l === u.label).length > 1 ? datedLabel(u) : u.label));
}

/** The baseline units plus any other unit a model lands on, in the order of the communes list. */
function unitsWith(communes: readonly CommuneView[], baseline: readonly CommuneView[], landed: readonly (CommuneView | undefined)[]): CommuneView[] {
  const ids = new Set([...baseline.map((c) => c.id), ...landed.flatMap((c) => c?.id ?? [])]);
  return communes.filter((c) => ids.has(c.id));
}

function sinceText(since: Date | undefined, word: 'từ' | 'trước'): string {
  return since === undefined ? '' : ` (${word} ${formatDate(since)})`;
}

/**
 * By the unit as the source names it, with every unit of the map before today's listed (an empty
 * one shows 0): the units of the time the sources describe.
 */
export function groupAsNamed(models: readonly ModelView[], places: Places, explanation: string): PlaceGrouping {
  const since = currentSince(places.communes);
  const before = since === undefined ? [] : unitsOn(places.communes, dayBefore(since));
  const units = unitsWith(places.communes, before, models.map((m) => m.commune));
  return {
    kind: 'named',
    id: 'theo-xa-luc-nguon-ghi',
    title: `Theo xã, thị trấn lúc nguồn ghi${sinceText(since, 'trước')}`,
    explanation,
    rows: rowsFor(units, (u) => models.filter((m) => m.commune?.id === u.id)),
    unknown: unknownOf(models),
  };
}

/** By the units that existed on a day: a model counts in the unit its place was part of then. */
export function groupOnDay(models: readonly ModelView[], places: Places, day: Date, explanation: string): PlaceGrouping {
  const byId = new Map(places.communes.map((c) => [c.id, c]));
  const landed = new Map(models.map((m) => [m.id, unitOn(m, byId, day)]));
  const units = unitsWith(places.communes, unitsOn(places.communes, day), [...landed.values()]);
  return {
    kind: 'on-day',
    id: 'theo-xa-cuoi-nam',
    title: `Theo xã, thị trấn ngày ${formatDate(day)}`,
    explanation,
    rows: rowsFor(units, (u) => models.filter((m) => landed.get(m.id)?.id === u.id)),
    unknown: unknownOf(models),
  };
}

/** A commune of today's former units, each with the given models placed in it. */
function formerRows(group: TodayGroup, models: readonly ModelView[]): PlaceRow[] {
  const ids = new Set(models.map((m) => m.id));
  return formerUnitsOf(group).map((f) => row(f.key, f.models.filter((m) => ids.has(m.id)), datedLabel(f.key)));
}

/** A commune of today's former units in reading order: the commune itself first (models that name it directly), then by name. */
export function formerUnitsOf(group: TodayGroup): TodayGroup['formerUnits'] {
  const self = (f: TodayGroup['formerUnits'][number]) => Number(f.key.id !== group.key.id);
  return [...group.formerUnits].sort((a, b) => self(a) - self(b) || compareVi(a.key.label, b.key.label));
}

/** Labels of places in reading order: "thị trấn Đăk Hà, xã Đăk La, xã Hà Mòn". */
export function placeList(refs: readonly { label: string }[]): string {
  return refs.map((r) => r.label).sort(compareVi).join(', ');
}

/** By today's communes, each with its former units and their subtotals. */
export function groupByToday(models: readonly ModelView[], places: Places, explanation: string): PlaceGrouping {
  const since = currentSince(places.communes);
  const today = places.byCommuneToday.map((g) => {
    const inIt = models.filter((m) => todayId(m) === g.key.id);
    return row(g.key, inIt, g.key.label, g.key.formedFrom.length > 0 ? formerRows(g, inIt) : []);
  });
  // A place whose chain reaches no unit of today stays under its own name, never dropped.
  const adrift = models.filter((m) => m.commune !== undefined && todayId(m) === undefined);
  const units = unitsWith(places.communes, [], adrift.map((m) => m.commune));
  return {
    kind: 'today',
    id: 'theo-xa-hien-nay',
    title: `Theo đơn vị hành chính hiện nay${sinceText(since, 'từ')}`,
    explanation,
    rows: [...today, ...units.map((u) => row(u, adrift.filter((m) => m.commune?.id === u.id), formerDatedLabel(u)))],
    unknown: unknownOf(models),
  };
}

/** A commune of today by the units it was formed from, with their subtotals. */
export function groupByFormer(group: TodayGroup, explanation: string): PlaceGrouping {
  return {
    kind: 'former',
    id: 'theo-don-vi-cu',
    title: `${capitalised(group.key.label)} theo xã, thị trấn trước khi sắp xếp`,
    explanation,
    rows: formerRows(group, group.models),
    unknown: unknownOf([]),
  };
}

/** Whether two groupings list the same units: then the second says nothing new. */
export function sameUnits(a: PlaceGrouping, b: PlaceGrouping): boolean {
  const ids = (g: PlaceGrouping) => g.rows.map((r) => r.id).sort().join();
  return ids(a) === ids(b);
}
