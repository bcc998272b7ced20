/**
 * The /tim-kiem/ page in the browser: reads the search from the URL, asks Pagefind (loaded only here),
 * shows the results and keeps the URL in step so a search can be shared. "Tải CSV" / "Tải JSON" build
 * the file of every result in the browser from the published data set of all models.
 */
import { formatNumber } from '../lib/text/format';
import type { DatasetJson } from '../lib/data/columns';
import { excerptParts } from '../lib/search/excerpt';
import { exportFileName, exportTitle } from '../lib/search/export';
import { searchMessages, type NotePart } from '../lib/search/messages';
import { facetsFrom, searchFilterLabels, type FacetValue, type Facets, type SearchEntity, type SearchFilterKey, type SearchIndexData } from '../lib/search/record';
import { isEmpty, pagefindOptions, runSearch, type FilterCounts, type PagefindApi, type PagefindResult } from '../lib/search/run';
import { hasFilters, readSearchState, searchStateParams, type SearchState, type SortChoice } from '../lib/search/state';
import { fillTemplate, pagefindStrings, searchStrings } from '../lib/search/strings';
import { dataFormats, dataSets, paths, type DataFormat } from '../lib/site/paths';

const PAGE_SIZE = 10;
const WIDE_SCREEN = '(min-width: 48rem)';
const TYPING_PAUSE_MS = 250;
/** Built by the Pagefind integration into the same output folder as the site. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
const fileTypes: Record<DataFormat, string> = { csv: 'text/csv;charset=utf-8', json: 'application/json;charset=utf-8' };

interface Elements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  selects: Map<SearchFilterKey, HTMLSelectElement>;
  status: HTMLElement;
  note: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  exporter: HTMLElement;
  exportButtons: Map<DataFormat, HTMLButtonElement>;
  exportStatus: HTMLElement;
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
  const exporter = document.querySelector<HTMLElement>('[data-search-export]')!;
  const exportButtons = new Map<DataFormat, HTMLButtonElement>();
  for (const button of exporter.querySelectorAll<HTMLButtonElement>('button[data-export]')) exportButtons.set(button.dataset.export as DataFormat, button);
  return {
    form,
    input: form.querySelector<HTMLInputElement>('input[type="search"]')!,
    sort: form.querySelector<HTMLSelectElement>('#sap-xep')!,
    selects,
    status: document.querySelector<HTMLElement>('[data-search-status]')!,
    note: document.querySelector<HTMLElement>('[data-search-note]')!,
    results,
    more: document.querySelector<HTMLButtonElement>('[data-search-more]')!,
    exporter,
    exportButtons,
    exportStatus: exporter.querySelector<HTMLElement>('[data-export-status]')!,
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

/** The export offers every result of the search, its count on the buttons; nothing when there is none. */
function showExport(ui: Elements, count: number): void {
  ui.exporter.hidden = count === 0;
  ui.exportStatus.textContent = '';
  for (const [format, button] of ui.exportButtons) button.textContent = fillTemplate(searchStrings.exportButton, { FORMAT: format.toUpperCase(), COUNT: formatNumber(count) });
}

/** "Lĩnh vực: Quỹ hỗ trợ" for each filter chosen, as its <select> shows it. */
function chosenFilters(ui: Elements): string[] {
  return [...ui.selects].flatMap(([key, select]) => {
    const option = select.selectedOptions[0];
    return option?.dataset.value === undefined ? [] : [`${searchFilterLabels[key]}: ${option.dataset.label ?? option.dataset.value}`];
  });
}

/** Hands the text to the browser as a download, with no server: a Blob and a link with a file name. */
function saveFile(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

let published: Promise<DatasetJson> | undefined;

/** The published data set of all models, fetched once, on the first download. */
function publishedData(): Promise<DatasetJson> {
  published ??= fetch(paths.dataFile(dataSets.all, 'json')).then(async (response) => {
    if (!response.ok) throw new Error(`${response.status} ${response.url}`);
    return (await response.json()) as DatasetJson;
  });
  published.catch(() => (published = undefined));
  return published;
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
  /** Every result of the search shown, in order: what the export holds. */
  let found: PagefindResult[] = [];
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
    found = [];
    showExport(ui, 0);
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
      found = outcome.results;
      showExport(ui, found.length);
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

  async function download(format: DataFormat): Promise<void> {
    const results = found;
    const at = generation;
    const name = exportFileName(state, format);
    const title = exportTitle(state.query, chosenFilters(ui));
    for (const button of ui.exportButtons.values()) button.disabled = true;
    ui.exportStatus.textContent = searchStrings.exportBusy;
    try {
      const [data, pages, selection] = await Promise.all([publishedData(), Promise.all(results.map((r) => r.data())), import('../lib/data/selection')]);
      const records = selection.selectRecords(data, pages.map((d) => new URL(d.url, location.href).pathname));
      const text = format === 'csv' ? selection.selectionCsv(data, records) : selection.selectionJson(data, title, records);
      if (at !== generation) return;
      saveFile(text, name, fileTypes[format]);
      ui.exportStatus.textContent = fillTemplate(searchStrings.exportDone, { NAME: name });
    } catch (error) {
      if (at !== generation) return;
      ui.exportStatus.textContent = searchStrings.exportFailed;
      console.error(error);
    } finally {
      for (const button of ui.exportButtons.values()) button.disabled = false;
    }
  }
  for (const format of dataFormats) ui.exportButtons.get(format)?.addEventListener('click', () => void download(format));
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
