/**
 * One search, from the state in the URL to the ordered results: the browser page and the tests on
 * the real index both go through here, so the tests check what readers get. Pagefind is passed in.
 */
import { inOrderOf, planQuery, rankIds, suggestEntity, withUnsortedLast, type EntityMatch } from './query';
import type { SearchIndexData } from './record';
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

async function searchOnce(pagefind: PagefindApi, state: SearchState, data: SearchIndexData): Promise<SearchOutcome> {
  const filters = filterValues(state.filters, data.facets);
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

  if (state.sort) {
    const sorted = remember(await ids(pagefind, term, filters, sortChoices[state.sort].sort));
    return { results: withUnsortedLast(sorted, hits).map((id) => byId.get(id)!), counts, boosted: [] };
  }
  if (term === null) return { results, counts, boosted: [] };

  const boosted: EntityMatch[] = [];
  const entitySets: string[][] = [];
  for (const entity of plan.entities) {
    if (filters[entity.key] !== undefined) continue;
    const value = data.facets[entity.key].find((v) => v.slug === entity.slug)?.value;
    if (value === undefined) continue;
    const own = remember(await ids(pagefind, plan.rest, { ...filters, [entity.key]: value }));
    if (own.length === 0) continue;
    boosted.push(entity);
    entitySets.push(own);
  }
  const phrase = plan.phrase ? remember(await ids(pagefind, plan.phrase, filters)) : [];
  const ranked = rankIds(hits, { entities: entitySets, phrase });
  return { results: ranked.map((id) => byId.get(id)!), counts, boosted };
}

/** Runs a search; a query that finds nothing but looks like a known name mistyped is searched as that name. */
export async function runSearch(pagefind: PagefindApi, state: SearchState, data: SearchIndexData): Promise<SearchOutcome> {
  const outcome = await searchOnce(pagefind, state, data);
  if (outcome.results.length > 0 || state.query.trim() === '') return outcome;
  const suggestion = suggestEntity(state.query, data.entities);
  if (!suggestion) return outcome;
  const instead = data.facets[suggestion.entity.key].find((v) => v.slug === suggestion.entity.slug)?.value ?? suggestion.name;
  const retried = await searchOnce(pagefind, { ...state, query: instead }, data);
  return retried.results.length > 0 ? { ...retried, searchedInstead: instead } : outcome;
}
