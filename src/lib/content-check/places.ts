/**
 * Rules of places through time, across entries: a commune's successor and acts exist, a merger
 * leads somewhere that exists the next day, a code belongs to one unit at a time, and an article
 * names a unit that existed at the time it speaks of (articleTime).
 */
import type { Act } from '../../schemas/act';
import type { Commune } from '../../schemas/commune';
import type { Model } from '../../schemas/model';
import type { Report } from '../../schemas/report';
import { communeLabel, datedLabel, periodLabel } from '../places/labels';
import { existsOn, placeOn } from '../places/timeline';
import { formatDate } from '../text/format';
import { compareVi } from '../text/vietnamese';
import type { Entry, Problem } from './entry';

export interface PlacesInput {
  models: Entry<Partial<Pick<Model, 'commune' | 'source' | 'publishedAt' | 'yearStarted'>>>[];
  reports: Entry<Partial<Pick<Report, 'publishedAt' | 'title'>>>[];
  communes: Entry<Partial<Commune>>[];
  acts: Entry<Partial<Act>>[];
}

type Place = Entry<Partial<Commune>> & { data: Partial<Commune> };

const DAY = 86_400_000;
const COMMUNES_FILE = 'content/communes.yaml';

function label(place: Place): string {
  return place.data.name !== undefined && place.data.kind !== undefined ? communeLabel({ name: place.data.name, kind: place.data.kind }) : place.id;
}

function labelWithPeriod(place: Place): string {
  return datedLabel({ label: label(place), period: periodLabel(place.data) });
}

function isDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** The rules of the communes collection itself. */
function communeProblems(content: PlacesInput, byId: Map<string, Place>): Problem[] {
  const problems: Problem[] = [];
  const actIds = new Set(content.acts.map((a) => a.id));
  for (const place of content.communes) {
    const file = place.filePath ?? COMMUNES_FILE;
    const { data } = place;
    for (const [field, id] of [['formedBy', data.formedBy], ['endedBy', data.endedBy], ...(data.sources ?? []).map((id, i) => [`sources[${i}]`, id])] as const) {
      if (id !== undefined && !actIds.has(id)) problems.push({ file, field: `${place.id}.${field}`, message: `không có văn bản với mã "${id}" trong content/acts.yaml` });
    }
    if (data.successor === undefined) continue;
    const next = byId.get(data.successor);
    if (next === undefined) {
      problems.push({ file, field: `${place.id}.successor`, message: `không có xã với mã "${data.successor}"` });
    } else if (next.id === place.id) {
      problems.push({ file, field: `${place.id}.successor`, message: 'một xã không thể nhập vào chính nó' });
    } else if (isDate(data.validTo) && !existsOn({ id: next.id, data: next.data }, new Date(data.validTo.getTime() + DAY))) {
      problems.push({ file, field: `${place.id}.successor`, message: `${label(place)} kết thúc ngày ${formatDate(data.validTo)}, nhưng ${labelWithPeriod(next)} không có vào ngày hôm sau` });
    }
  }
  return [...problems, ...sharedCodes(content.communes)];
}

/** Two units may carry one code only in periods that do not overlap (codes were reused after 2025). */
function sharedCodes(communes: readonly Place[]): Problem[] {
  const problems: Problem[] = [];
  communes.forEach((a, i) => {
    for (const b of communes.slice(i + 1)) {
      if (a.data.code === undefined || a.data.code !== b.data.code) continue;
      const apart = (isDate(a.data.validTo) && isDate(b.data.validFrom) && a.data.validTo < b.data.validFrom) || (isDate(b.data.validTo) && isDate(a.data.validFrom) && b.data.validTo < a.data.validFrom);
      if (!apart) problems.push({ file: b.filePath ?? COMMUNES_FILE, field: `${b.id}.code`, message: `mã ${b.data.code} cũng là mã của ${labelWithPeriod(a)} (${a.id}) trong cùng thời kỳ: một mã chỉ thuộc một đơn vị tại một thời điểm` });
    }
  });
  return problems;
}

/**
 * The time an article speaks of: the day of its source report when it has one; otherwise any day
 * up to its own, from 1 January of the year the model started when that is known (an article
 * without a source may tell of the past, so a former unit is accepted, a later one is not).
 */
interface ArticleTime {
  from?: Date;
  to: Date;
  why: string;
}

function articleTime(model: PlacesInput['models'][number], reports: Map<string, PlacesInput['reports'][number]>): ArticleTime | undefined {
  const report = model.data.source === undefined ? undefined : reports.get(model.data.source);
  if (report && isDate(report.data.publishedAt)) return { from: report.data.publishedAt, to: report.data.publishedAt, why: `ngày của báo cáo nguồn "${model.data.source}"` };
  if (!isDate(model.data.publishedAt)) return undefined;
  const started = typeof model.data.yearStarted === 'number' ? new Date(Date.UTC(model.data.yearStarted, 0, 1)) : undefined;
  return { from: started, to: model.data.publishedAt, why: started ? `thời gian từ năm bắt đầu ${model.data.yearStarted} đến ngày đăng bài` : 'trước ngày đăng bài' };
}

function existsDuring(place: Place, time: ArticleTime): boolean {
  const { validFrom, validTo } = place.data;
  return (!isDate(validFrom) || validFrom <= time.to) && (!isDate(validTo) || time.from === undefined || time.from <= validTo);
}

function timeLabel(time: ArticleTime): string {
  if (time.from && time.from.getTime() === time.to.getTime()) return `vào ngày ${formatDate(time.to)}`;
  if (time.from) return `trong thời gian ${formatDate(time.from)} – ${formatDate(time.to)}`;
  return `trước ngày ${formatDate(time.to)}`;
}

/** What to write instead: the unit the written one was part of, or the units it was formed from, at that time. */
function suggestion(place: Place, time: ArticleTime, all: readonly Place[], byId: Map<string, Place>): string {
  const then = placeOn(place, byId, time.to);
  if (then && then.id !== place.id) return `khi đó là ${label(then)}: hãy ghi commune: ${then.id}`;
  const before = all
    .filter((p) => p.data.successor === place.id && existsDuring(p, time))
    .sort((x, y) => (x.data.kind ?? '').localeCompare(y.data.kind ?? '') || compareVi(x.data.name ?? x.id, y.data.name ?? y.id));
  if (before.length > 0) return `khi đó là ${before.map((p) => `${label(p)} (${p.id})`).join(' hoặc ')}: hãy ghi mã của xã mà nguồn nêu`;
  return 'hãy chọn xã có vào thời điểm đó';
}

type ArticleInput = PlacesInput['models'][number];

/** Why an article's commune is not of its time, with the unit to write instead; undefined when it is (or cannot be told). */
export function communeTimeProblem(model: ArticleInput, content: Pick<PlacesInput, 'communes' | 'reports'>): string | undefined {
  const byId = new Map(content.communes.map((c) => [c.id, c]));
  const place = model.data.commune === undefined ? undefined : byId.get(model.data.commune);
  const time = articleTime(model, new Map(content.reports.map((r) => [r.id, r])));
  if (place === undefined || time === undefined || existsDuring(place, time)) return undefined;
  return `${labelWithPeriod(place)} không có ${timeLabel(time)} (${time.why}); ${suggestion(place, time, content.communes, byId)}`;
}

/** The communes an article may name: those that existed at the time it speaks of (all, when that cannot be told). */
export function communesOfArticleTime<P extends Place>(model: ArticleInput, content: { communes: readonly P[]; reports: PlacesInput['reports'] }): P[] {
  const time = articleTime(model, new Map(content.reports.map((r) => [r.id, r])));
  return time === undefined ? [...content.communes] : content.communes.filter((c) => existsDuring(c, time));
}

/** Every places problem; empty when all is well. */
export function placeProblems(content: PlacesInput): Problem[] {
  const problems = communeProblems(content, new Map(content.communes.map((c) => [c.id, c])));
  for (const model of content.models) {
    const message = communeTimeProblem(model, content);
    if (message !== undefined) problems.push({ file: model.filePath ?? `content/models/${model.id}.mdx`, field: 'commune', message });
  }
  return problems;
}
