/**
 * A search as the URL of /tim-kiem/ carries it, so it can be shared: ?q=dak+ngok&linh-vuc=moi-truong&sap-xep=nam-moi.
 * Filters travel as slugs (a commune's or unit's own id, "2019", "chua-ro", "tap-the") and are turned
 * into the exact values Pagefind stores.
 */
import { searchFilterKeys, type Facets, type SearchFilterKey, type SearchSortKey } from './record';

export const sortChoices = {
  'nam-moi': { label: 'Năm bắt đầu: mới nhất trước', sort: { nam: 'desc' } },
  'nam-cu': { label: 'Năm bắt đầu: cũ nhất trước', sort: { nam: 'asc' } },
  'kinh-phi-cao': { label: 'Kinh phí: cao nhất trước', sort: { 'kinh-phi': 'desc' } },
  'kinh-phi-thap': { label: 'Kinh phí: thấp nhất trước', sort: { 'kinh-phi': 'asc' } },
} as const satisfies Record<string, { label: string; sort: Partial<Record<SearchSortKey, 'asc' | 'desc'>> }>;
export type SortChoice = keyof typeof sortChoices;
export const RELEVANCE_LABEL = 'Phù hợp nhất';

export const QUERY_PARAM = 'q';
export const SORT_PARAM = 'sap-xep';

export interface SearchState {
  query: string;
  /** Slugs, one per filter at most. */
  filters: Partial<Record<SearchFilterKey, string>>;
  sort?: SortChoice;
}

function isSortChoice(value: string | null): value is SortChoice {
  return value !== null && Object.hasOwn(sortChoices, value);
}

/** Reads a search from a URL's parameters; a filter or sort the site does not know is dropped. */
export function readSearchState(params: URLSearchParams, facets: Facets): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of searchFilterKeys) {
    const slug = params.get(key);
    if (slug && facets[key].some((v) => v.slug === slug)) filters[key] = slug;
  }
  const sort = params.get(SORT_PARAM);
  return { query: (params.get(QUERY_PARAM) ?? '').trim(), filters, sort: isSortChoice(sort) ? sort : undefined };
}

/** The URL parameters of a search, empty ones left out, in a fixed order. */
export function searchStateParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set(QUERY_PARAM, state.query.trim());
  for (const key of searchFilterKeys) {
    const slug = state.filters[key];
    if (slug) params.set(key, slug);
  }
  if (state.sort) params.set(SORT_PARAM, state.sort);
  return params;
}

/** The filters as Pagefind expects them: the stored values, not the slugs. */
export function filterValues(filters: SearchState['filters'], facets: Facets): Partial<Record<SearchFilterKey, string>> {
  const values: Partial<Record<SearchFilterKey, string>> = {};
  for (const key of searchFilterKeys) {
    const value = facets[key].find((v) => v.slug === filters[key])?.value;
    if (value !== undefined) values[key] = value;
  }
  return values;
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some(Boolean);
}
