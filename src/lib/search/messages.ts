/**
 * What the search page says about one search: the status line (how many results, or that nothing
 * was found and why) and the note under it (what the named places are, whose models were put first,
 * links to narrow the search or to a place's page). Text only: the page builds it as text nodes.
 */
import { formatNumber, listVi } from '../text/format';
import { searchFilterLabels, type SearchIndexData } from './record';
import type { SearchOutcome } from './run';
import { searchStateParams, type SearchState } from './state';
import { fillTemplate, pagefindStrings, searchStrings } from './strings';

/** A piece of a note line: text, or a link; `inPage` links change the search instead of leaving the page. */
export interface NotePart {
  text: string;
  href?: string;
  inPage?: boolean;
}

export interface SearchMessages {
  status: string;
  /** Lines of the note; none when there is nothing to add. */
  note: NotePart[][];
}

function valueOf(data: SearchIndexData, key: string, slug: string): string | undefined {
  return data.facets[key as keyof SearchIndexData['facets']]?.find((v) => v.slug === slug)?.value;
}

/** "Không tìm thấy mô hình nào ở xã Đăk Pxi.", when a query of place names found nothing. */
function nothingAtPlaces(outcome: SearchOutcome): string | undefined {
  if (outcome.results.length > 0 || !outcome.placeOnly || outcome.places.length === 0) return undefined;
  const PLACE = listVi(outcome.places.map((p) => p.place.label));
  const known = outcome.places.some((p) => p.place.models > 0);
  return fillTemplate(known ? searchStrings.nothingAtFiltered : searchStrings.nothingAt, { PLACE });
}

function statusText(state: SearchState, outcome: SearchOutcome): string {
  const query = state.query.trim();
  const total = fillTemplate(pagefindStrings.total_many_results, { COUNT: formatNumber(outcome.results.length) });
  const nothingAt = nothingAtPlaces(outcome);
  if (outcome.searchedInstead && nothingAt) return `${fillTemplate(pagefindStrings.zero_results, { SEARCH_TERM: query })}. ${nothingAt}`;
  if (outcome.searchedInstead) {
    return fillTemplate(searchStrings.searchedInstead, { ALT_SEARCH: fillTemplate(pagefindStrings.alt_search, { SEARCH_TERM: query, DIFFERENT_TERM: outcome.searchedInstead }), COUNT: total });
  }
  if (nothingAt) return nothingAt;
  if (outcome.results.length === 0) return query ? fillTemplate(pagefindStrings.zero_results, { SEARCH_TERM: query }) : searchStrings.noneFiltered;
  return query ? fillTemplate(pagefindStrings.many_results, { COUNT: formatNumber(outcome.results.length), SEARCH_TERM: query }) : fillTemplate(searchStrings.browse, { COUNT: total });
}

function noteLines(data: SearchIndexData, state: SearchState, outcome: SearchOutcome): NotePart[][] {
  const lines: NotePart[][] = [];
  for (const { place } of outcome.places) {
    if (place.about) lines.push([{ text: place.about }]);
    if (place.models === 0) {
      const line: NotePart[] = [{ text: fillTemplate(searchStrings.noModelAt, { PLACE: place.label }) }];
      if (place.url) line.push({ text: ' ' }, { text: fillTemplate(searchStrings.placePage, { PLACE: place.label }), href: place.url });
      lines.push(line);
    }
  }
  const placeLabels = new Map<string, string>(data.entities.flatMap((e) => (e.place ? [[`${e.key}:${e.slug}`, e.place.label] as const] : [])));
  const atPlaces = outcome.boosted.filter((b) => b.key === 'xa' || b.key === 'tinh');
  const ofOthers = outcome.boosted.filter((b) => !atPlaces.includes(b));
  const label = (key: string, slug: string) => placeLabels.get(`${key}:${slug}`) ?? valueOf(data, key, slug) ?? slug;
  for (const [template, group] of [
    [searchStrings.boostedAt, atPlaces],
    [searchStrings.boosted, ofOthers],
  ] as const) {
    if (group.length === 0) continue;
    const line: NotePart[] = [{ text: fillTemplate(template, { NAMES: listVi(group.map((b) => label(b.key, b.slug))) }) }];
    for (const b of group) {
      // Only a filter the page offers can be applied; a province is found by name only.
      const value = valueOf(data, b.key, b.slug);
      if (value === undefined) continue;
      const params = searchStateParams({ ...state, filters: { ...state.filters, [b.key]: b.slug } });
      const text = b.key === 'xa' ? fillTemplate(searchStrings.onlyAt, { NAME: label(b.key, b.slug) }) : fillTemplate(searchStrings.onlyThese, { NAME: `${searchFilterLabels[b.key as keyof typeof searchFilterLabels].toLocaleLowerCase('vi')} ${value}` });
      line.push({ text: ' ' }, { text, href: `?${params}`, inPage: true });
    }
    lines.push(line);
  }
  if (outcome.results.length === 0 && state.query.trim() !== '' && outcome.places.length === 0) lines.push([{ text: searchStrings.tryOther }]);
  return lines;
}

export function searchMessages(data: SearchIndexData, state: SearchState, outcome: SearchOutcome): SearchMessages {
  return { status: statusText(state, outcome), note: noteLines(data, state, outcome) };
}

/** A note as plain text, lines apart: what a reader reads, for tests and logs. */
export function noteText(note: readonly NotePart[][]): string {
  return note.map((line) => line.map((part) => part.text).join('')).join('\n');
}
