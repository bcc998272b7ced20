/**
 * The site's whole content, resolved once: references replaced by the entries they name,
 * models sorted, and every grouping with its subtotals. Pages read from this.
 */
import type { Commune } from '../../schemas/commune';
import type { Field } from '../../schemas/field';
import type { Model } from '../../schemas/model';
import type { Report } from '../../schemas/report';
import type { SchoolLevel, Unit } from '../../schemas/unit';
import { checkIntegrity, formatProblems, type Entry, type RawContent } from '../content-check/integrity';
import { communeLabel, schoolLevelLabels, unitKindLabels, yearLabel } from './labels';
import { paths } from '../site/paths';
import { compareVi } from '../text/vietnamese';
import { computeTotals, type Totals } from './totals';

export interface CommuneView extends Entry<Commune> {
  url: string;
  /** "xã Đăk Ngọk". */
  label: string;
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

export interface Catalog {
  models: ModelView[];
  reports: ReportView[];
  communes: CommuneView[];
  units: UnitView[];
  fields: FieldView[];
  totals: Totals;
  byCommune: Group<CommuneView>[];
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

  const communes = raw.communes
    .map((c): CommuneView => ({ ...c, url: paths.commune(c.id), label: communeLabel(c.data) }))
    .sort((a, b) => a.data.kind.localeCompare(b.data.kind) || compareVi(a.data.name, b.data.name));
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

  const unitGroups = units.map((u) => group(u, models.filter((m) => m.unit?.id === u.id)));
  return {
    models,
    reports,
    communes,
    units,
    fields,
    totals: computeTotals(models.map((m) => m.data)),
    byCommune: communes.map((c) => group(c, models.filter((m) => m.commune?.id === c.id))),
    byUnit: unitSections(unitGroups),
    byField: fields.map((f) => group(f, models.filter((m) => m.fields.some((mf) => mf.id === f.id)))),
    byYear: yearGroups(models),
  };
}

function mapLink<T>(value: T | undefined, to: (value: T) => ModelLink): ModelLink | undefined {
  return value === undefined ? undefined : to(value);
}
