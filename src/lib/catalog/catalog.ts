/**
 * The site's whole content, resolved once: references replaced by the entries they name,
 * models sorted, and every grouping with its subtotals. Pages read from this.
 */
import type { Act } from '../../schemas/act';
import type { Commune } from '../../schemas/commune';
import type { Field } from '../../schemas/field';
import type { Model } from '../../schemas/model';
import type { Report } from '../../schemas/report';
import type { SchoolLevel, Unit } from '../../schemas/unit';
import { checkIntegrity, formatProblems, type Entry, type RawContent } from '../content-check/integrity';
import { schoolLevelLabels, unitKindLabels, yearLabel } from './labels';
import { communeLabel, periodLabel } from '../places/labels';
import { coveredBy, currentOf, formedFrom, isCurrent } from '../places/timeline';
import { paths } from '../site/paths';
import { formatDate } from '../text/format';
import { compareVi } from '../text/vietnamese';
import { computeTotals, type Totals } from './totals';

export interface ActView extends Entry<Act> {
  /** "Nghị quyết 1677/NQ-UBTVQH15 ngày 16/06/2025". */
  label: string;
}
/** Another commune named from a commune's view: enough to link it and say its period (no deeper, so views stay acyclic). */
export interface PlaceRef {
  id: string;
  url: string;
  /** "xã Đăk Ui". */
  label: string;
  /** "từ 01/07/2025"; "" when no day is known. */
  period: string;
  province: string;
  /** Its name and the spellings readers type ("Đăk Ui", "Đắk Ui"…), so search finds it by today's name. */
  name: string;
  aliases: string[];
}
export interface CommuneView extends Entry<Commune> {
  url: string;
  /** "xã Đăk Ngọk". */
  label: string;
  /** When it existed: "đến 30/06/2025", "từ 01/07/2025"; "" when no day is known. */
  period: string;
  /** Whether the unit still exists. */
  current: boolean;
  /** The unit it is part of today, when it no longer exists itself and its successors lead to one. */
  today?: PlaceRef;
  /** The units it was formed from, when it was formed by a merger. */
  formedFrom: PlaceRef[];
  /** The districts its former units belonged to: "huyện Đăk Hà". */
  formerDistricts: string[];
  formedBy?: ActView;
  endedBy?: ActView;
  sources: ActView[];
}
/** The commune a unit is part of today: itself while it exists; undefined when its successors lead to none. */
export function todayOf(commune: Pick<CommuneView, 'id' | 'label' | 'current' | 'today'>): { id: string; label: string } | undefined {
  return commune.current ? { id: commune.id, label: commune.label } : commune.today;
}

export interface FieldView extends Entry<Field> {
  url: string;
}
export interface UnitView extends Entry<Unit> {
  url: string;
  commune?: CommuneView;
}
export interface ReportView extends Entry<Report> {
  url: string;
  publisher?: UnitView;
}
export interface ModelLink {
  id: string;
  title: string;
  url: string;
}
export interface ModelView extends Entry<Model> {
  url: string;
  unit?: UnitView;
  commune?: CommuneView;
  fields: FieldView[];
  replicatedFrom?: ModelLink;
  /** Documented models that copy this one. */
  copies: ModelLink[];
  source?: ReportView;
}

export interface Group<K> {
  key: K;
  models: ModelView[];
  totals: Totals;
}

export interface UnitSection {
  /** "Trường mầm non", "Cơ quan"… */
  label: string;
  units: Group<UnitView>[];
}

export interface YearGroup extends Group<number | undefined> {
  url: string;
  /** "2019" or "Chưa rõ năm". */
  label: string;
}

/** A commune that exists today, with its models grouped by the former unit the sources name. */
export interface TodayGroup extends Group<CommuneView> {
  /** One group per former unit (the commune itself first when models name it directly), empty ones included. */
  formerUnits: Group<CommuneView>[];
}

export interface Catalog {
  models: ModelView[];
  reports: ReportView[];
  acts: ActView[];
  /** Every commune-level unit, those of today first, then the former ones. */
  communes: CommuneView[];
  units: UnitView[];
  fields: FieldView[];
  totals: Totals;
  /** One group per unit (former or current): the models whose commune is it or became part of it. */
  byCommune: Group<CommuneView>[];
  /** The communes of today with their former units. */
  byCommuneToday: TodayGroup[];
  byUnit: UnitSection[];
  byField: Group<FieldView>[];
  byYear: YearGroup[];
}

/** Content that breaks a cross-entry rule; the message lists every problem. */
export class ContentError extends Error {
  constructor(readonly problems: ReturnType<typeof checkIntegrity>) {
    super(`Nội dung có ${problems.length} lỗi:\n${formatProblems(problems)}`);
    this.name = 'ContentError';
  }
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function lookup<T>(map: Map<string, T>, id: string | undefined): T | undefined {
  return id === undefined ? undefined : map.get(id);
}

function group<K>(key: K, models: ModelView[]): Group<K> {
  return { key, models, totals: computeTotals(models.map((m) => m.data)) };
}

/** Newest first; equal dates in Vietnamese alphabetical order of title. */
function compareModels(a: ModelView, b: ModelView): number {
  return b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || compareVi(a.data.title, b.data.title);
}

const levelOrder: readonly SchoolLevel[] = ['mam-non', 'tieu-hoc', 'thcs', 'thpt', 'lien-cap'];

function unitSections(units: readonly Group<UnitView>[]): UnitSection[] {
  const sections: UnitSection[] = [];
  for (const level of levelOrder) {
    const inLevel = units.filter((g) => g.key.data.kind === 'school' && g.key.data.schoolLevel === level);
    if (inLevel.length > 0) sections.push({ label: `Trường ${schoolLevelLabels[level].toLocaleLowerCase('vi')}`, units: inLevel });
  }
  for (const kind of ['commune', 'agency', 'enterprise'] as const) {
    const ofKind = units.filter((g) => g.key.data.kind === kind);
    if (ofKind.length > 0) sections.push({ label: unitKindLabels[kind], units: ofKind });
  }
  return sections;
}

function yearGroups(models: readonly ModelView[]): YearGroup[] {
  const years = [...new Set(models.map((m) => m.data.yearStarted))];
  years.sort((a, b) => (a === undefined ? 1 : b === undefined ? -1 : b - a));
  return years.map((year) => ({
    ...group(year, models.filter((m) => m.data.yearStarted === year)),
    url: paths.year(year),
    label: yearLabel(year),
  }));
}

/** Resolves and groups the content; throws ContentError listing every cross-entry problem. */
export function buildCatalog(raw: RawContent): Catalog {
  const problems = checkIntegrity(raw);
  if (problems.length > 0) throw new ContentError(problems);

  const acts = raw.acts
    .map((a): ActView => ({ ...a, label: `${a.data.name} ngày ${formatDate(a.data.issuedOn)}` }))
    .sort((a, b) => a.data.issuedOn.getTime() - b.data.issuedOn.getTime());
  const communes = communeViews(raw.communes, byId(acts));
  const communeById = byId(communes);
  const fields = raw.fields.map((f): FieldView => ({ ...f, url: paths.field(f.id) })).sort((a, b) => compareVi(a.data.name, b.data.name));
  const fieldById = byId(fields);
  const units = raw.units
    .map((u): UnitView => ({ ...u, url: paths.unit(u.id), commune: lookup(communeById, u.data.commune) }))
    .sort((a, b) => compareVi(a.data.shortName, b.data.shortName));
  const unitById = byId(units);
  const reports = raw.reports
    .filter((r) => !r.data.draft)
    .map((r): ReportView => ({ ...r, url: paths.report(r.id), publisher: lookup(unitById, r.data.publisher) }))
    .sort((a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime());
  const reportById = byId(reports);

  const published = raw.models.filter((m) => !m.data.draft);
  const link = (m: Entry<Model>): ModelLink => ({ id: m.id, title: m.data.title, url: paths.model(m.id) });
  const publishedById = byId(published);
  const copiesOf = new Map<string, Entry<Model>[]>();
  for (const m of published) if (m.data.replicatedFrom !== undefined) copiesOf.set(m.data.replicatedFrom, [...(copiesOf.get(m.data.replicatedFrom) ?? []), m]);
  const models = published
    .map((m): ModelView => ({
      ...m,
      url: paths.model(m.id),
      unit: lookup(unitById, m.data.unit),
      commune: lookup(communeById, m.data.commune),
      fields: m.data.fields.flatMap((id) => lookup(fieldById, id) ?? []),
      replicatedFrom: m.data.replicatedFrom === undefined ? undefined : mapLink(publishedById.get(m.data.replicatedFrom), link),
      copies: (copiesOf.get(m.id) ?? []).map(link).sort((a, b) => compareVi(a.title, b.title)),
      source: lookup(reportById, m.data.source),
    }))
    .sort(compareModels);

  // A unit's models: those the sources place in it, or in a unit that became part of it.
  const rawCommuneById = byId(raw.communes);
  const communeGroups = communes.map((c) => {
    const covered = new Set(coveredBy(c, raw.communes, rawCommuneById).map((u) => u.id));
    return group(c, models.filter((m) => m.commune !== undefined && covered.has(m.commune.id)));
  });
  const unitGroups = units.map((u) => group(u, models.filter((m) => m.unit?.id === u.id)));
  return {
    models,
    reports,
    acts,
    communes,
    units,
    fields,
    totals: computeTotals(models.map((m) => m.data)),
    byCommune: communeGroups,
    byCommuneToday: todayGroups(communeGroups),
    byUnit: unitSections(unitGroups),
    byField: fields.map((f) => group(f, models.filter((m) => m.fields.some((mf) => mf.id === f.id)))),
    byYear: yearGroups(models),
  };
}

/** Resolved communes, sorted: today's units first, then former ones; by kind, then name. */
function communeViews(raw: readonly Entry<Commune>[], actById: Map<string, ActView>): CommuneView[] {
  const entryById = byId(raw);
  const ref = (c: Entry<Commune>): PlaceRef => ({ id: c.id, url: paths.commune(c.id), label: communeLabel(c.data), period: periodLabel(c.data), province: c.data.province, name: c.data.name, aliases: c.data.aliases });
  return raw
    .map((c): CommuneView => {
      const today = isCurrent(c) ? undefined : currentOf(c, entryById);
      // Sorted here: the order of entries differs between Astro's loader and the content check's reader.
      const former = formedFrom(c, raw).sort(comparePlaces);
      return {
        ...c,
        url: paths.commune(c.id),
        label: communeLabel(c.data),
        period: periodLabel(c.data),
        current: isCurrent(c),
        today: today && ref(today),
        formedFrom: former.map(ref),
        formerDistricts: [...new Set(former.flatMap((f) => f.data.district ?? []))],
        formedBy: lookup(actById, c.data.formedBy),
        endedBy: lookup(actById, c.data.endedBy),
        sources: c.data.sources.flatMap((id) => lookup(actById, id) ?? []),
      };
    })
    .sort((a, b) => Number(b.current) - Number(a.current) || comparePlaces(a, b));
}

/** By kind (thị trấn before xã), then Vietnamese alphabetical order of name. */
function comparePlaces(a: Entry<Commune>, b: Entry<Commune>): number {
  return a.data.kind.localeCompare(b.data.kind) || compareVi(a.data.name, b.data.name);
}

function todayGroups(groups: readonly Group<CommuneView>[]): TodayGroup[] {
  const groupById = new Map(groups.map((g) => [g.key.id, g]));
  return groups
    .filter((g) => g.key.current)
    .map((g) => {
      const direct = g.models.filter((m) => m.commune?.id === g.key.id);
      const former = g.key.formedFrom.flatMap((f) => groupById.get(f.id) ?? []);
      return { ...g, formerUnits: [...(direct.length > 0 || former.length === 0 ? [group(g.key, direct)] : []), ...former] };
    });
}

function mapLink<T>(value: T | undefined, to: (value: T) => ModelLink): ModelLink | undefined {
  return value === undefined ? undefined : to(value);
}
