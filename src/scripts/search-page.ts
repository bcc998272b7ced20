/**
 * The /tim-kiem/ page in the browser: reads the search from the URL, asks Pagefind (loaded only here),
 * shows the results and keeps the URL in step so a search can be shared.
 */
import { formatNumber } from '../lib/text/format';
import { excerptParts } from '../lib/search/excerpt';
import { searchMessages, type NotePart } from '../lib/search/messages';
import { facetsFrom, type FacetValue, type Facets, type SearchEntity, type SearchFilterKey, type SearchIndexData } from '../lib/search/record';
import { isEmpty, pagefindOptions, runSearch, type FilterCounts, type PagefindApi, type PagefindResult } from '../lib/search/run';
import { hasFilters, readSearchState, searchStateParams, type SearchState, type SortChoice } from '../lib/search/state';
import { fillTemplate, pagefindStrings, searchStrings } from '../lib/search/strings';

const PAGE_SIZE = 10;
const WIDE_SCREEN = '(min-width: 48rem)';
const TYPING_PAUSE_MS = 250;
/** Built by the Pagefind integration into the same output folder as the site. */
const PAGEFIND_URL = '/pagefind/pagefind.js';

interface Elements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  selects: Map<SearchFilterKey, HTMLSelectElement>;
  status: HTMLElement;
  note: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  options: HTMLDetailsElement | null;
  fallback: HTMLElement | null;
  headerInput: HTMLInputElement | null;
}

function elements(): Elements | undefined {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const results = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !results) return undefined;
  const selects = new Map<SearchFilterKey, HTMLSelectElement>();
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-filter]')) selects.set(select.dataset.filter as SearchFilterKey, select);
  return {
    form,
    input: form.querySelector<HTMLInputElement>('input[type="search"]')!,
    sort: form.querySelector<HTMLSelectElement>('#sap-xep')!,
    selects,
    status: document.querySelector<HTMLElement>('[data-search-status]')!,
    note: document.querySelector<HTMLElement>('[data-search-note]')!,
    results,
    more: document.querySelector<HTMLButtonElement>('[data-search-more]')!,
    options: form.querySelector<HTMLDetailsElement>('[data-search-options]'),
    fallback: document.querySelector<HTMLElement>('[data-search-fallback]'),
    headerInput: document.querySelector<HTMLInputElement>('.site-header input[name="q"]'),
  };
}

function readForm(ui: Elements): SearchState {
  const filters: SearchState['filters'] = {};
  for (const [key, select] of ui.selects) if (select.value) filters[key] = select.value;
  return { query: ui.input.value, filters, sort: (ui.sort.value || undefined) as SortChoice | undefined };
}

function fillForm(ui: Elements, state: SearchState): void {
  ui.input.value = state.query;
  if (ui.headerInput) ui.headerInput.value = state.query;
  for (const [key, select] of ui.selects) select.value = state.filters[key] ?? '';
  ui.sort.value = state.sort ?? '';
}

/** Option labels carry how many results each value would give; values that would give none are disabled. */
function showCounts(ui: Elements, counts: FilterCounts): void {
  for (const [key, select] of ui.selects) {
    for (const option of select.options) {
      const value = option.dataset.value;
      if (value === undefined) continue;
      const count = counts[key]?.[value] ?? 0;
      option.textContent = `${option.dataset.label ?? value} (${formatNumber(count)})`;
      option.disabled = count === 0 && !option.selected;
    }
  }
}

function resultItem(title: string, url: string, details: string | undefined, excerpt: string | undefined, summary: string | undefined): HTMLLIElement {
  const item = document.createElement('li');
  const card = item.appendChild(document.createElement('article'));
  card.className = 'card';
  const link = card.appendChild(document.createElement('h2')).appendChild(document.createElement('a'));
  link.href = url;
  link.textContent = title;
  if (details) {
    const meta = card.appendChild(document.createElement('p'));
    meta.className = 'meta';
    meta.textContent = details;
  }
  const text = card.appendChild(document.createElement('p'));
  if (excerpt) {
    for (const part of excerptParts(excerpt)) {
      if (part.marked) text.appendChild(document.createElement('mark')).textContent = part.text;
      else text.appendChild(document.createTextNode(part.text));
    }
  } else {
    text.textContent = summary ?? '';
  }
  return item;
}

/** The note under the status, its lines apart; links as links, the in-page ones change the search. */
function showNote(ui: Elements, note: readonly NotePart[][]): void {
  ui.note.replaceChildren();
  ui.note.hidden = note.length === 0;
  note.forEach((line, index) => {
    if (index > 0) ui.note.append(document.createElement('br'));
    for (const part of line) {
      if (part.href === undefined) {
        ui.note.append(part.text);
        continue;
      }
      const link = ui.note.appendChild(document.createElement('a'));
      link.href = part.href;
      link.textContent = part.text;
      if (part.inPage) link.dataset.searchLink = '';
    }
  });
}

/** The filter values, as the page's <select> options offer them. */
function offeredFacets(ui: Elements): Facets {
  const offered: Partial<Record<SearchFilterKey, FacetValue[]>> = {};
  for (const [key, select] of ui.selects) {
    offered[key] = [...select.options].flatMap((option) => (option.dataset.value === undefined ? [] : [{ slug: option.value, value: option.dataset.value }]));
  }
  return facetsFrom(offered);
}

export function startSearchPage(): void {
  const ui = elements();
  const names = document.getElementById('ten-rieng');
  if (ui && names) runPage(ui, { facets: offeredFacets(ui), entities: JSON.parse(names.textContent ?? '[]') as SearchEntity[] });
}

function runPage(ui: Elements, data: SearchIndexData): void {
  let state = readSearchState(new URLSearchParams(location.search), data.facets);
  let pagefind: PagefindApi | undefined;
  let pending: PagefindResult[] = [];
  let generation = 0;
  let typing: ReturnType<typeof setTimeout> | undefined;

  ui.form.hidden = false;
  ui.fallback?.remove();
  fillForm(ui, state);
  // On a phone the panel stays folded unless a filter or sort is already chosen.
  if (ui.options) ui.options.open = hasFilters(state) || state.sort !== undefined || matchMedia(WIDE_SCREEN).matches;
  ui.status.textContent = searchStrings.loading;

  async function showMore(): Promise<void> {
    const page = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const at = generation;
    const items = await Promise.all(
      page.map(async (result) => {
        const d = await result.data();
        return resultItem(d.meta.title ?? d.url, d.url, d.meta.details, state.query.trim() ? d.excerpt : undefined, d.meta.summary);
      }),
    );
    if (at !== generation) return;
    ui.results.append(...items);
    ui.more.hidden = pending.length === 0;
  }

  async function update(): Promise<void> {
    if (!pagefind) return;
    const at = ++generation;
    ui.results.replaceChildren();
    ui.more.hidden = true;
    pending = [];
    if (isEmpty(state)) {
      showNote(ui, []);
      ui.status.textContent = searchStrings.prompt;
      showCounts(ui, await pagefind.filters());
      return;
    }
    if (state.query.trim()) ui.status.textContent = fillTemplate(pagefindStrings.searching, { SEARCH_TERM: state.query.trim() });
    try {
      const outcome = await runSearch(pagefind, state, data);
      if (at !== generation) return;
      const messages = searchMessages(data, state, outcome);
      ui.status.textContent = messages.status;
      showNote(ui, messages.note);
      showCounts(ui, outcome.counts);
      pending = outcome.results;
      await showMore();
    } catch (error) {
      if (at !== generation) return;
      ui.status.textContent = `${pagefindStrings.error_search}.`;
      console.error(error);
    }
  }

  function commit(): void {
    state = readForm(ui);
    const params = searchStateParams(state).toString();
    history.replaceState(null, '', params ? `?${params}` : location.pathname);
    if (ui.headerInput) ui.headerInput.value = state.query;
    void update();
  }

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    commit();
  });
  ui.input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(commit, TYPING_PAUSE_MS);
  });
  for (const select of [...ui.selects.values(), ui.sort]) select.addEventListener('change', commit);
  ui.more.addEventListener('click', () => void showMore());
  ui.note.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-search-link]');
    if (!link) return;
    event.preventDefault();
    state = readSearchState(new URL(link.href).searchParams, data.facets);
    fillForm(ui, state);
    if (ui.options) ui.options.open = true;
    commit();
  });
  window.addEventListener('popstate', () => {
    state = readSearchState(new URLSearchParams(location.search), data.facets);
    fillForm(ui, state);
    void update();
  });

  import(/* @vite-ignore */ PAGEFIND_URL)
    .then(async (module: PagefindApi) => {
      await module.options(pagefindOptions);
      pagefind = module;
      await update();
    })
    .catch((error: unknown) => {
      ui.status.textContent = searchStrings.noIndex;
      console.error(error);
    });
}
