/**
 * What the search index holds for a model: its names folded the way readers type them, its filter
 * values (the very labels its page shows), its sort keys, and the line a result shows under its title.
 * The model page renders this into hidden Pagefind attributes; the search page reads the site-wide
 * facets and entities built here.
 */
import type { ModelView } from '../catalog/catalog';
import { modelDetails, modelKindLabels, replicatedLabel, yearLabel } from '../catalog/labels';
import { UNKNOWN_YEAR_SLUG } from '../site/paths';
import { compareVi, fold, nfc, slugify } from '../text/vietnamese';

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

export const searchSortKeys = ['nam', 'kinh-phi'] as const;
export type SearchSortKey = (typeof searchSortKeys)[number];

/** One value of a filter: the label pages show, and the slug the search URL carries (the page's own id where there is one). */
export interface FacetValue {
  slug: string;
  value: string;
}

export type Facets = Record<SearchFilterKey, FacetValue[]>;

/** A commune, unit or person a query may name; `names` are folded and have two words or more. */
export interface SearchEntity {
  key: 'xa' | 'don-vi' | 'nguoi';
  slug: string;
  names: string[];
}

export interface SearchRecord {
  /** Folded names, one per line, then the folded words of the story that hold "đ". */
  keywords: string;
  filters: Facets;
  sort: Partial<Record<SearchSortKey, string>>;
  /** "Tập thể · MN Hoa Hồng · xã Đăk Ngọk · từ 2019": what a card or a result shows under the title. */
  details: string;
}

/** The filter values of one model, each exactly as its page shows it. */
export function modelFacets(model: ModelView): Facets {
  const { data } = model;
  const kind = modelKindLabels[data.kind];
  return {
    xa: model.commune ? [{ slug: model.commune.id, value: model.commune.label }] : [],
    'don-vi': model.unit ? [{ slug: model.unit.id, value: model.unit.data.name }] : [],
    'linh-vuc': model.fields.map((field) => ({ slug: field.id, value: field.data.name })),
    nam: [{ slug: data.yearStarted === undefined ? UNKNOWN_YEAR_SLUG : String(data.yearStarted), value: yearLabel(data.yearStarted) }],
    'hinh-thuc': [{ slug: slugify(kind), value: kind }],
    'nhan-rong': data.replicated === undefined ? [] : [{ slug: slugify(replicatedLabel(data.replicated)), value: replicatedLabel(data.replicated) }],
    nguoi: data.person ? [{ slug: slugify(data.person), value: data.person }] : [],
  };
}

/** The names a reader may type for the model's commune, unit and person, folded. */
function modelNames(model: ModelView): string[] {
  const commune = model.commune ?? model.unit?.commune;
  return [
    model.data.title,
    ...(commune ? [commune.data.name, commune.label, ...commune.data.aliases] : []),
    ...(model.unit ? [model.unit.data.name, model.unit.data.shortName, ...model.unit.data.aliases] : []),
    model.data.village,
    model.data.person,
  ].flatMap((name) => (name ? [fold(name)] : []));
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

/** Every filter value some model has, in the order a reader scans them (newest year first, then A to Z). */
export function siteFacets(models: readonly ModelView[]): Facets {
  const facets = Object.fromEntries(searchFilterKeys.map((key) => [key, new Map<string, FacetValue>()])) as Record<SearchFilterKey, Map<string, FacetValue>>;
  for (const model of models) {
    const own = modelFacets(model);
    for (const key of searchFilterKeys) for (const value of own[key]) facets[key].set(value.slug, value);
  }
  return Object.fromEntries(searchFilterKeys.map((key) => [key, [...facets[key].values()].sort((a, b) => compareFacet(key, a, b))])) as Facets;
}

/** Folded names of two words or more: a single word ("hoa") is too common to stand for a place. */
function entityNames(names: readonly string[]): string[] {
  return unique(names.map(fold).filter((name) => name.includes(' ')));
}

/** Words that open a school's name without naming it: "CĐCS Trường THCS Chu Văn An" is "Chu Văn An". */
const schoolNameOpeners = /^(?:(?:cdcs|cong doan co so|truong|mam non|mn|tieu hoc|th|trung hoc co so|thcs|trung hoc pho thong|thpt|lien cap)\s+)+/;

/** A school's own name, as readers say it: "chu van an", "hoa hong". */
export function schoolProperName(name: string): string {
  return fold(name).replace(schoolNameOpeners, '');
}

/** The communes, units and people that have models, with every name a reader may type for them. */
export function searchEntities(models: readonly ModelView[]): SearchEntity[] {
  const entities = new Map<string, SearchEntity>();
  const add = (key: SearchEntity['key'], slug: string, names: readonly string[]) => {
    if (!entities.has(`${key}:${slug}`)) entities.set(`${key}:${slug}`, { key, slug, names: entityNames(names) });
  };
  for (const model of models) {
    if (model.commune) add('xa', model.commune.id, [model.commune.data.name, model.commune.label, ...model.commune.data.aliases]);
    if (model.unit) {
      const names = [model.unit.data.name, model.unit.data.shortName, ...model.unit.data.aliases];
      add('don-vi', model.unit.id, model.unit.data.kind === 'school' ? [...names, ...names.map(schoolProperName)] : names);
    }
    if (model.data.person) add('nguoi', slugify(model.data.person), [model.data.person]);
  }
  return [...entities.values()].filter((entity) => entity.names.length > 0);
}

/** What the search page knows: filter values (its <select> options) and the names a query may hold. */
export interface SearchIndexData {
  facets: Facets;
  entities: SearchEntity[];
}

export function searchPageData(models: readonly ModelView[]): SearchIndexData {
  return { facets: siteFacets(models), entities: searchEntities(models) };
}

/** Facets from the values each filter offers; a filter that is not offered has none. */
export function facetsFrom(offered: Partial<Record<SearchFilterKey, FacetValue[]>>): Facets {
  return Object.fromEntries(searchFilterKeys.map((key) => [key, offered[key] ?? []])) as Facets;
}
