/**
 * What the search index holds for a model: its names folded the way readers type them, its filter
 * values (the very labels its page shows), its sort keys, and the line a result shows under its title.
 * The model page renders this into hidden Pagefind attributes; the search page reads the site-wide
 * facets and entities built here.
 */
import type { Catalog, CommuneView, ModelView } from '../catalog/catalog';
import { modelDetails, modelKindLabels, replicatedLabel, yearLabel } from '../catalog/labels';
import { communeKindLabels, datedLabel, formerDatedLabel } from '../places/labels';
import { UNKNOWN_YEAR_SLUG } from '../site/paths';
import { compareVi, fold, nfc, slugify } from '../text/vietnamese';
import { capitalised, listVi } from '../text/format';
import { fillTemplate, searchStrings } from './strings';

/** Filter names as Pagefind stores them and as the search URL carries them. */
export const searchFilterKeys = ['xa', 'don-vi', 'linh-vuc', 'nam', 'hinh-thuc', 'nhan-rong', 'nguoi'] as const;
export type SearchFilterKey = (typeof searchFilterKeys)[number];

export const searchFilterLabels: Record<SearchFilterKey, string> = {
  xa: 'Xã, thị trấn',
  'don-vi': 'Đơn vị',
  'linh-vuc': 'Lĩnh vực',
  nam: 'Năm bắt đầu',
  'hinh-thuc': 'Hình thức',
  'nhan-rong': 'Nhân rộng',
  nguoi: 'Người thực hiện',
};

/**
 * Filters the index holds besides those the page offers: the province of a model's commune, then and
 * now ("tỉnh Kon Tum", "tỉnh Quảng Ngãi"). A query names a province; the page offers no list of them,
 * which would count only the models placed in a commune and read as if the others were elsewhere.
 */
export const indexFilterKeys = [...searchFilterKeys, 'tinh'] as const;
export type IndexFilterKey = (typeof indexFilterKeys)[number];

export const searchSortKeys = ['nam', 'kinh-phi'] as const;
export type SearchSortKey = (typeof searchSortKeys)[number];

/** One value of a filter: the label pages show, and the slug the search URL carries (the page's own id where there is one). */
export interface FacetValue {
  slug: string;
  value: string;
  /** What its option shows when that is shorter than the value: "xã Đăk Ngọk" under a heading that gives the period. */
  label?: string;
  /** The heading of its <optgroup>: "Xã hiện nay". */
  group?: string;
}

export type Facets = Record<SearchFilterKey, FacetValue[]>;
export type IndexFilters = Record<IndexFilterKey, FacetValue[]>;

/** What the page says about a commune or province a query names. */
export interface PlaceNote {
  /** "xã Đăk Ui", "tỉnh Quảng Ngãi". */
  label: string;
  /** Its page on the site; a province has none. */
  url?: string;
  /** "xã Đăk Ui (từ 01/07/2025) gồm xã Đăk Ngọk và xã Đăk Ui cũ.", "xã Đăk Ngọk nay thuộc xã Đăk Ui, tỉnh Quảng Ngãi." */
  about?: string;
  /** How many models the site places in it, those of its former units included. */
  models: number;
  /** For a former unit: the slug of the unit it is part of today. */
  today?: string;
}

/**
 * A commune, province, unit or person a query may name; `names` are folded and have two words or more.
 * `value` is what its filter holds in the index. A former district ("huyện Đăk Hà") has no value and
 * boosts nothing: its name is known only so that its "Đăk Hà" is not read as the commune's (what
 * became of the district's bodies after 2025 is not known here).
 */
export interface SearchEntity {
  key: IndexFilterKey | 'huyen';
  slug: string;
  names: string[];
  value?: string;
  place?: PlaceNote;
}

export interface SearchRecord {
  /** Folded names, one per line, then the folded words of the story that hold "đ". */
  keywords: string;
  filters: IndexFilters;
  sort: Partial<Record<SearchSortKey, string>>;
  /** "Tập thể · MN Hoa Hồng · xã Đăk Ngọk · từ 2019": what a card or a result shows under the title. */
  details: string;
}

/**
 * A commune as the "xa" filter holds it. Old and new units share names (the old xã Đăk Ui and the new
 * one), so a former unit carries its period, as its page's title does: "xã Đăk Ui (đến 30/06/2025)";
 * today's units are their label, "xã Đăk Ui".
 */
export function communeValue(commune: Pick<CommuneView, 'label' | 'current' | 'period'>): string {
  return formerDatedLabel(commune);
}

/** The commune the source names and the one it is part of today (none, or one when it still exists). */
function modelCommunes(commune: CommuneView | undefined): { id: string; value: string; province: string }[] {
  if (!commune) return [];
  const own = { id: commune.id, value: communeValue(commune), province: commune.data.province };
  const today = commune.today;
  return today ? [own, { id: today.id, value: communeValue({ ...today, current: true }), province: today.province }] : [own];
}

/**
 * The filter values of one model, each as the site shows it. A model is filed under its commune as the
 * source names it and under today's commune too, so a filter or a query on today's xã Đăk Ui finds the
 * models of the former xã Đăk Ngọk; likewise under both provinces.
 */
export function modelFacets(model: ModelView): IndexFilters {
  const { data } = model;
  const kind = modelKindLabels[data.kind];
  const communes = modelCommunes(model.commune);
  return {
    xa: communes.map((c) => ({ slug: c.id, value: c.value })),
    tinh: unique(communes.map((c) => c.province)).map((province) => ({ slug: slugify(province), value: province })),
    'don-vi': model.unit ? [{ slug: model.unit.id, value: model.unit.data.name }] : [],
    'linh-vuc': model.fields.map((field) => ({ slug: field.id, value: field.data.name })),
    nam: [{ slug: data.yearStarted === undefined ? UNKNOWN_YEAR_SLUG : String(data.yearStarted), value: yearLabel(data.yearStarted) }],
    'hinh-thuc': [{ slug: slugify(kind), value: kind }],
    'nhan-rong': data.replicated === undefined ? [] : [{ slug: slugify(replicatedLabel(data.replicated)), value: replicatedLabel(data.replicated) }],
    nguoi: data.person ? [{ slug: slugify(data.person), value: data.person }] : [],
  };
}

/**
 * Spellings folding does not join, word for word. The region's "Ngọk" is often typed "Ngọc": the
 * communes' aliases list both, and this gives every name that holds one the other (a unit named after
 * its commune, today's commune of a model) without an alias for each.
 */
const wordSpellings: readonly (readonly [string, string])[] = [['ngok', 'ngoc']];

/** A folded name in every spelling of `wordSpellings`: "xa dak ngok" → also "xa dak ngoc". */
export function spellings(folded: string): string[] {
  let forms = [folded];
  for (const [a, b] of wordSpellings) {
    forms = forms.flatMap((form) => {
      const words = form.split(' ');
      if (!words.includes(a) && !words.includes(b)) return [form];
      return [form, words.map((w) => (w === a ? b : w)).join(' '), words.map((w) => (w === b ? a : w)).join(' ')];
    });
  }
  return unique(forms);
}

/** The names a reader may type for the model's commune (then and now, with its province), unit and person, folded. */
function modelNames(model: ModelView): string[] {
  const commune = model.commune ?? model.unit?.commune;
  const today = commune?.today;
  return [
    model.data.title,
    ...(commune ? [commune.data.name, commune.label, ...commune.data.aliases, commune.data.province] : []),
    ...(today ? [today.name, today.label, ...today.aliases, today.province] : []),
    ...(model.unit ? [model.unit.data.name, model.unit.data.shortName, ...model.unit.data.aliases] : []),
    model.data.village,
    model.data.person,
  ].flatMap((name) => (name ? spellings(fold(name)) : []));
}

/**
 * Words holding "đ", folded: Pagefind folds tone marks but not "đ", so "cong doan" would not find
 * "công đoàn" without them.
 */
export function dWords(texts: readonly string[]): string[] {
  // Every word, then those holding "đ": one pass over the text. A pattern that looks for "đ" inside
  // a word retries at every letter of a word without it, which is quadratic (a 2 MB title ran for minutes).
  const words = nfc(texts.join(' ')).match(/[\p{L}\p{N}]+/gu) ?? [];
  return unique(words.filter((word) => /[đĐ]/.test(word)).map(fold));
}

/** The story texts of a model besides its body: what its page prints about it. */
function storyTexts(model: ModelView): string[] {
  const { data } = model;
  return [
    data.title,
    data.summary,
    ...model.fields.map((field) => field.data.name),
    ...data.beneficiaries.map((b) => `${b.unit} ${b.group}`),
    ...data.outcomes.map((o) => `${o.unit} ${o.label}`),
  ];
}

/** Everything the index holds for a model; `body` is the article's own text (its MDX source will do). */
export function searchRecord(model: ModelView, body: string): SearchRecord {
  const sort: SearchRecord['sort'] = {};
  if (model.data.yearStarted !== undefined) sort.nam = String(model.data.yearStarted);
  if (model.data.funding) sort['kinh-phi'] = String(model.data.funding.total);
  const names = unique(modelNames(model));
  const extra = dWords([...storyTexts(model), body]).filter((word) => !names.some((name) => name.split(' ').includes(word)));
  return {
    keywords: [...names, extra.join(' ')].filter(Boolean).join('\n'),
    filters: modelFacets(model),
    sort,
    details: modelDetails(model),
  };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

const fixedOrder: Partial<Record<SearchFilterKey, readonly string[]>> = {
  'hinh-thuc': Object.values(modelKindLabels),
  'nhan-rong': [replicatedLabel(true), replicatedLabel(false)],
};

function compareFacet(key: SearchFilterKey, a: FacetValue, b: FacetValue): number {
  if (key === 'nam') {
    const year = (v: FacetValue) => (v.slug === UNKNOWN_YEAR_SLUG ? -Infinity : Number(v.slug));
    return year(b) - year(a);
  }
  const order = fixedOrder[key];
  if (order) return order.indexOf(a.value) - order.indexOf(b.value);
  return compareVi(a.value, b.value);
}

/**
 * Every filter value some model has, in the order a reader scans them (newest year first, then A to Z);
 * communes in the order of `communes` (today's first), under a heading per period.
 */
export function siteFacets(models: readonly ModelView[], communes: readonly CommuneView[]): Facets {
  const facets = Object.fromEntries(searchFilterKeys.map((key) => [key, new Map<string, FacetValue>()])) as Record<SearchFilterKey, Map<string, FacetValue>>;
  for (const model of models) {
    const own = modelFacets(model);
    for (const key of searchFilterKeys) for (const value of own[key]) facets[key].set(value.slug, value);
  }
  const sorted = Object.fromEntries(searchFilterKeys.map((key) => [key, [...facets[key].values()].sort((a, b) => compareFacet(key, a, b))])) as Facets;
  return { ...sorted, xa: communeFacet(communes.filter((c) => facets.xa.has(c.id))) };
}

/** The order kinds are named in a heading: "Xã, thị trấn". */
const kindOrder = ['xa', 'phuong', 'thi-tran'] as const;

/** "Xã hiện nay", "Xã, thị trấn đến 30/06/2025": the units of one period. */
function periodHeading(communes: readonly CommuneView[]): string {
  const kinds = kindOrder.filter((kind) => communes.some((c) => c.data.kind === kind)).map((kind) => communeKindLabels[kind]);
  const named = kinds.join(', ');
  const KINDS = capitalised(named);
  const first = communes[0]!;
  if (first.current) return fillTemplate(searchStrings.communesToday, { KINDS });
  return first.period === '' ? fillTemplate(searchStrings.communesFormer, { KINDS }) : fillTemplate(searchStrings.communesOfPeriod, { KINDS, PERIOD: first.period });
}

/** The commune filter's values: today's communes, then the former units by period, each period under its heading. */
function communeFacet(communes: readonly CommuneView[]): FacetValue[] {
  const periods = new Map<string, CommuneView[]>();
  for (const c of communes) {
    const key = c.current ? '' : `~${c.period}`;
    periods.set(key, [...(periods.get(key) ?? []), c]);
  }
  return [...periods.values()].flatMap((list) => {
    const group = periodHeading(list);
    return list.map((c) => ({ slug: c.id, value: communeValue(c), ...(communeValue(c) === c.label ? {} : { label: c.label }), group }));
  });
}

/** The values of a filter as runs that share a heading, in order: the page's <optgroup>s (one run without a heading when none has one). */
export function facetGroups(values: readonly FacetValue[]): { group?: string; values: FacetValue[] }[] {
  const runs: { group?: string; values: FacetValue[] }[] = [];
  for (const value of values) {
    const last = runs.at(-1);
    if (last && last.group === value.group) last.values.push(value);
    else runs.push({ ...(value.group === undefined ? {} : { group: value.group }), values: [value] });
  }
  return runs;
}

/** Folded names of two words or more, in every spelling: a single word ("hoa") is too common to stand for a place. */
function entityNames(names: readonly string[]): string[] {
  return unique(names.flatMap((name) => spellings(fold(name))).filter((name) => name.includes(' ')));
}

/** Words that open a school's name without naming it: "CĐCS Trường THCS Chu Văn An" is "Chu Văn An". */
const schoolNameOpeners = /^(?:(?:cdcs|cong doan co so|truong|mam non|mn|tieu hoc|th|trung hoc co so|thcs|trung hoc pho thong|thpt|lien cap)\s+)+/;

/** A school's own name, as readers say it: "chu van an", "hoa hong". */
export function schoolProperName(name: string): string {
  return fold(name).replace(schoolNameOpeners, '');
}

/** "tỉnh Kon Tum" → "Kon Tum": the name without the kind of unit. */
function bareName(label: string): string {
  return label.replace(/^(?:tỉnh|thành phố)\s+/iu, '');
}

/** What the page says of a commune: what a new one was formed from, or what an old one is part of today. */
function communeAbout(commune: CommuneView): string | undefined {
  const today = commune.today;
  if (today) {
    const PLACE = commune.label === today.label ? fillTemplate(searchStrings.formerUnit, { PLACE: commune.label }) : commune.label;
    return fillTemplate(searchStrings.placeNow, { PLACE, TODAY: today.label, PROVINCE: today.province });
  }
  if (commune.formedFrom.length === 0) return undefined;
  const parts = [...commune.formedFrom]
    .sort((a, b) => Number(a.label === commune.label) - Number(b.label === commune.label) || compareVi(a.name, b.name))
    .map((part) => (part.label === commune.label ? fillTemplate(searchStrings.formerUnit, { PLACE: part.label }) : part.label));
  return fillTemplate(searchStrings.placeFormed, { PLACE: datedLabel(commune), PARTS: listVi(parts) });
}

/** The site's content search reads: its models, its communes, and each commune's models (those of its former units included). */
export type SearchContent = Pick<Catalog, 'models' | 'communes' | 'byCommune'>;

/**
 * Every commune, old and new, with or without models (a query naming one that has none is told so),
 * the provinces and former districts they lie in, and the units and people that have models, each with
 * every name a reader may type for them.
 */
export function searchEntities(content: SearchContent): SearchEntity[] {
  const entities = new Map<string, SearchEntity>();
  const add = (entity: SearchEntity, names: readonly string[]) => {
    const id = `${entity.key}:${entity.slug}`;
    if (!entities.has(id)) entities.set(id, { ...entity, names: entityNames(names) });
  };
  const modelCount = new Map(content.byCommune.map((g) => [g.key.id, g.models.length]));
  for (const c of content.communes) {
    const place: PlaceNote = { label: c.label, url: c.url, models: modelCount.get(c.id) ?? 0 };
    const about = communeAbout(c);
    if (about) place.about = about;
    if (c.today) place.today = c.today.id;
    add({ key: 'xa', slug: c.id, names: [], value: communeValue(c), place }, [c.data.name, c.label, ...c.data.aliases]);
  }
  const provinces = unique([...content.communes.map((c) => c.data.province)]);
  for (const province of provinces) {
    const models = content.models.filter((m) => modelCommunes(m.commune).some((c) => c.province === province)).length;
    add({ key: 'tinh', slug: slugify(province), names: [], value: province, place: { label: province, models } }, [province, bareName(province)]);
  }
  for (const district of unique(content.communes.flatMap((c) => [...(c.data.district ? [c.data.district] : []), ...c.formerDistricts]))) {
    add({ key: 'huyen', slug: slugify(district), names: [] }, [district]);
  }
  for (const model of content.models) {
    if (model.unit) {
      const names = [model.unit.data.name, model.unit.data.shortName, ...model.unit.data.aliases];
      add({ key: 'don-vi', slug: model.unit.id, names: [], value: model.unit.data.name }, model.unit.data.kind === 'school' ? [...names, ...names.map(schoolProperName)] : names);
    }
    if (model.data.person) add({ key: 'nguoi', slug: slugify(model.data.person), names: [], value: model.data.person }, [model.data.person]);
  }
  return [...entities.values()].filter((entity) => entity.names.length > 0);
}

/** What the search page knows: filter values (its <select> options) and the names a query may hold. */
export interface SearchIndexData {
  facets: Facets;
  entities: SearchEntity[];
}

export function searchPageData(content: SearchContent): SearchIndexData {
  return { facets: siteFacets(content.models, content.communes), entities: searchEntities(content) };
}

/** Facets from the values each filter offers; a filter that is not offered has none. */
export function facetsFrom(offered: Partial<Record<SearchFilterKey, FacetValue[]>>): Facets {
  return Object.fromEntries(searchFilterKeys.map((key) => [key, offered[key] ?? []])) as Facets;
}
