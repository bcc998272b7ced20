/**
 * One search, from the state in the URL to the ordered results: the browser page and the tests on
 * the real index both go through here, so the tests check what readers get. Pagefind is passed in.
 */
import { inOrderOf, planQuery, rankIds, suggestEntity, withUnsortedLast, type EntityMatch } from './query';
import type { PlaceNote, SearchEntity, SearchIndexData } from './record';
import { filterValues, hasFilters, sortChoices, type SearchState } from './state';

/** The part of Pagefind's browser API (pagefind.js) this site uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init?(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, string> }): Promise<PagefindResponse | null>;
  /** Downloads the index chunks a search would need, without searching. */
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
  filters(): Promise<FilterCounts>;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}

export interface PagefindData {
  url: string;
  /** The page's indexed text. */
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface SearchOutcome {
  results: PagefindResult[];
  /** Per filter and value, how many of the results have it. */
  counts: FilterCounts;
  /** Entities named in the query whose models were put first. */
  boosted: EntityMatch[];
  /** When the query found nothing and looked like a typo of a known name: the name searched instead. */
  searchedInstead?: string;
  /** The communes and provinces the query names, an old unit left out when the query names the one it is part of today. */
  places: NamedPlace[];
  /**
   * The query is only the names of places: the results are their models and the pages that hold the
   * name as typed, not Pagefind's loose matches of its words ("Quảng Ngãi" is no word of any article).
   */
  placeOnly: boolean;
  /** The query names nothing known and no page holds it as typed: Pagefind matched some of its words only. */
  loose?: boolean;
}

export interface NamedPlace {
  key: SearchEntity['key'];
  slug: string;
  place: PlaceNote;
}

/**
 * Options every page load passes to Pagefind: diacritics fold ("ha mon" finds "Hà Mòn"); no web
 * worker, whose script would add 12 KB to a first query for an index that searches fast enough
 * on the main thread.
 */
export const pagefindOptions = { exactDiacritics: false, noWorker: true } as const;

export function isEmpty(state: SearchState): boolean {
  return state.query.trim() === '' && !hasFilters(state);
}

async function ids(pagefind: PagefindApi, term: string | null, filters: Record<string, string>, sort?: Record<string, string>): Promise<PagefindResult[]> {
  return (await pagefind.search(term, { filters, ...(sort ? { sort } : {}) }))?.results ?? [];
}

/** The places named, each once; an old unit is left out when the unit it is part of today is named too ("Đăk Ui" names both). */
function namedPlaces(named: readonly SearchEntity[]): NamedPlace[] {
  const slugs = new Set(named.map((e) => e.slug));
  return named.flatMap((e) => (e.place && !(e.place.today !== undefined && slugs.has(e.place.today)) ? [{ key: e.key, slug: e.slug, place: e.place }] : []));
}

async function searchOnce(pagefind: PagefindApi, state: SearchState, data: SearchIndexData): Promise<SearchOutcome> {
  const filters: Record<string, string> = filterValues(state.filters, data.facets);
  const plan = planQuery(state.query, data.entities);
  const term = plan.text === '' ? null : plan.text;
  // Pagefind counts values only for the filters whose chunks it has loaded, and a search loads only
  // those of the filters it applies: without every chunk, the other filters would count 0 on a first
  // query. They download once, alongside the words' chunks.
  await Promise.all([pagefind.filters(), term === null ? undefined : pagefind.preload(term, { filters })]);
  const primary = await pagefind.search(term, { filters });
  const byId = new Map<string, PagefindResult>();
  // The first search to find a page keeps it: its excerpt marks the words the reader typed.
  const remember = (list: PagefindResult[]): string[] => {
    for (const result of list) if (!byId.has(result.id)) byId.set(result.id, result);
    return list.map((result) => result.id);
  };
  let hits = remember(primary?.results ?? []);
  if (plan.quoted && hits.length > 1) hits = inOrderOf(hits, remember(await ids(pagefind, plan.words, filters)));
  const results = hits.map((id) => byId.get(id)!);
  const counts = primary?.filters ?? {};
  const entityById = new Map(data.entities.map((e) => [`${e.key}:${e.slug}`, e]));
  const named = plan.entities.flatMap((m) => entityById.get(`${m.key}:${m.slug}`) ?? []);
  const places = namedPlaces(named);
  const placeOnly = term !== null && plan.rest === null && named.length > 0 && named.every((e) => e.place !== undefined);

  if (state.sort && !placeOnly) {
    const sorted = remember(await ids(pagefind, term, filters, sortChoices[state.sort].sort));
    return { results: withUnsortedLast(sorted, hits).map((id) => byId.get(id)!), counts, boosted: [], places, placeOnly };
  }
  if (term === null) return { results, counts, boosted: [], places: [], placeOnly: false };

  const boosted: EntityMatch[] = [];
  const entitySets: string[][] = [];
  for (const entity of plan.entities) {
    const known = entityById.get(`${entity.key}:${entity.slug}`);
    if (known?.value === undefined || filters[entity.key] !== undefined || known.place?.models === 0) continue;
    const own = remember(await ids(pagefind, plan.rest, { ...filters, [entity.key]: known.value }));
    if (own.length === 0) continue;
    boosted.push(entity);
    entitySets.push(own);
  }
  const phrase = plan.phrase ? remember(await ids(pagefind, plan.phrase, filters)) : [];
  let ranked = rankIds(hits, { entities: entitySets, phrase });
  if (placeOnly) {
    const related = new Set([...entitySets.flat(), ...phrase]);
    ranked = ranked.filter((id) => related.has(id));
    // Sorted, they take the order of every page under the filters: Pagefind sorts only what it finds.
    if (state.sort) ranked = inOrderOf(ranked, remember(await ids(pagefind, null, filters, sortChoices[state.sort].sort)));
  }
  const loose = plan.entities.length === 0 && plan.phrase !== undefined && phrase.length === 0;
  return { results: ranked.map((id) => byId.get(id)!), counts, boosted, places, placeOnly, ...(loose ? { loose } : {}) };
}

/**
 * Runs a search. A query that finds nothing but looks like a known name mistyped is searched as that
 * name; so is one whose hits are only loose matches of some of its words when it looks like a place
 * mistyped ("dak pxii" matches every page holding "dak", none of them in xã Đăk Pxi).
 */
export async function runSearch(pagefind: PagefindApi, state: SearchState, data: SearchIndexData): Promise<SearchOutcome> {
  const outcome = await searchOnce(pagefind, state, data);
  // A place the query names that has no model is no typo: the page says so.
  if ((outcome.results.length > 0 && !outcome.loose) || state.query.trim() === '' || outcome.places.length > 0) return outcome;
  const suggestion = suggestEntity(state.query, data.entities);
  if (!suggestion || (outcome.results.length > 0 && !suggestion.entity.place)) return outcome;
  const { entity } = suggestion;
  const instead = entity.place?.label ?? entity.value ?? suggestion.name;
  const retried = await searchOnce(pagefind, { ...state, query: instead }, data);
  return retried.results.length > 0 || retried.places.length > 0 ? { ...retried, searchedInstead: instead } : outcome;
}
