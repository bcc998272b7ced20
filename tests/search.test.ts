/**
 * Search on the real index: the built site's own dist/pagefind/pagefind.js, queried in Node through
 * the same runSearch the page uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ModelView } from '../src/lib/catalog/catalog';
import { applyFilter } from '../src/lib/catalog/filters';
import { paths } from '../src/lib/site/paths';
import { noteText, searchMessages } from '../src/lib/search/messages';
import { communeValue, searchFilterKeys, searchPageData, type SearchFilterKey } from '../src/lib/search/record';
import { runSearch, type PagefindApi, type PagefindData, type SearchOutcome } from '../src/lib/search/run';
import type { SearchState } from '../src/lib/search/state';
import { fold, slugify } from '../src/lib/text/vietnamese';
import { loadPagefind } from './pagefind-node';
import { dist, loadSeedCatalog, page, textOf } from './site-content';

const catalog = loadSeedCatalog();
const data = searchPageData(catalog);
let pagefind: PagefindApi;

beforeAll(async () => {
  pagefind = await loadPagefind(dist);
});

const idOf = (url: string) => url.replace(/^\/mo-hinh\/|\/$/g, '');

async function search(query: string, filters: SearchState['filters'] = {}, sort?: SearchState['sort']): Promise<{ ids: string[]; outcome: SearchOutcome }> {
  const outcome = await runSearch(pagefind, { query, filters, sort }, data);
  const pages = await Promise.all(outcome.results.map((r) => r.data()));
  return { ids: pages.map((p) => idOf(p.url)), outcome };
}

const THU_VIEN = 'thu-vien-than-thien-mam-non-hoa-hong';
const CHO_QUE = 'cho-que-mam-non-hoa-hong';
const DUONG_HOA = 'tuyen-duong-hoa-dak-ngok';
const KHU_DAN_CU = 'khu-dan-cu-kieu-mau-thon-thong-nhat';
const CHU_VAN_AN = 'quy-vi-hoc-sinh-kho-khan-chu-van-an';
const DAO_THI_CHIEN = 'chan-nuoi-ga-vit-dao-thi-chien';
const QUY_TO_VINH_DIEN = 'quy-ho-tro-doan-vien-to-vinh-dien';

/** query → the model that must come first, or the models that must fill the first places (in any order). */
const table: [query: string, first: string | string[]][] = [
  ['ha mon', KHU_DAN_CU],
  ['Hà Mòn', KHU_DAN_CU],
  ['Hà Mòn'.normalize('NFD'), KHU_DAN_CU],
  ['dak ngok', DUONG_HOA],
  ['Đắk Ngọk', DUONG_HOA],
  ['Đăk Ngok', DUONG_HOA],
  ['dak ngoc', DUONG_HOA],
  ['dakngok', DUONG_HOA],
  ['CNVCLĐ xã Đăk Ngọk', DUONG_HOA],
  ['chu van an', CHU_VAN_AN],
  ['THCS Chu Văn An', CHU_VAN_AN],
  ['mam non hoa hong', [THU_VIEN, CHO_QUE]],
  ['Trường mầm non Hoa Hồng', [THU_VIEN, CHO_QUE]],
  ['thu vien mam non hoa hong', THU_VIEN],
  ['dao thi chien', DAO_THI_CHIEN],
  ['Đào Thị Chiên', DAO_THI_CHIEN],
  ['tô vĩnh diện', [DAO_THI_CHIEN, QUY_TO_VINH_DIEN]],
  ['quy ho tro doan vien', QUY_TO_VINH_DIEN],
  ['thon thong nhat', KHU_DAN_CU],
  ['dong thuan', KHU_DAN_CU],
  ['duong hoa', DUONG_HOA],
  ['cho que', CHO_QUE],
  ['"Chợ quê"', CHO_QUE],
  ['"thư viện thân thiện"', THU_VIEN],
  ['thu vien than thien', THU_VIEN],
  ['vịt siêu trứng', DAO_THI_CHIEN],
  ['821 luot hoc sinh', CHU_VAN_AN],
  ['hha mmon', KHU_DAN_CU],
];

describe('the query table, on the real index', () => {
  it.each(table)('“%s” brings %s first', async (query, expected) => {
    const { ids } = await search(query);
    if (typeof expected === 'string') expect(ids[0]).toBe(expected);
    else expect(ids.slice(0, expected.length).sort()).toEqual([...expected].sort());
  });

  it('says which commune, unit or person it put first', async () => {
    expect((await search('mam non hoa hong')).outcome.boosted.map((b) => b.slug)).toEqual(['cdcs-truong-mam-non-hoa-hong']);
    expect((await search('dao thi chien')).outcome.boosted.map((b) => b.slug)).toEqual(['dao-thi-chien']);
    expect((await search('thu vien')).outcome.boosted).toEqual([]);
  });

  it('puts her own model above the one that only mentions her, with her name marked in the excerpt', async () => {
    const { ids, outcome } = await search('dao thi chien');
    expect(ids.slice(0, 2)).toEqual([DAO_THI_CHIEN, QUY_TO_VINH_DIEN]);
    expect((await outcome.results[0]!.data()).excerpt).toContain('Đào <mark>Thị</mark> <mark>Chiên');
  });

  it('searches a mistyped known name as that name, and says so', async () => {
    expect((await pagefind.search('hha mmon'))?.results).toHaveLength(0);
    expect((await search('hha mmon')).outcome.searchedInstead).toBe('xã Hà Mòn');
  });

  it('counts, on a first query, how many of its results each value of every filter has', async () => {
    const fresh = await loadPagefind(dist);
    const outcome = await runSearch(fresh, { query: 'dao thi chien', filters: {} }, data);
    const pages = await Promise.all(outcome.results.map((r) => r.data()));
    const offered = searchFilterKeys.filter((key) => data.facets[key].length > 0);
    for (const key of offered) {
      const expected: Record<string, number> = {};
      for (const value of pages.flatMap((p) => p.filters[key] ?? [])) expected[value] = (expected[value] ?? 0) + 1;
      const counted = Object.fromEntries(Object.entries(outcome.counts[key] ?? {}).filter(([, count]) => count > 0));
      expect(counted, key).toEqual(expected);
    }
    expect(outcome.counts['linh-vuc']?.['Quỹ hỗ trợ']).toBe(1);
  });

  it('finds nothing for letters on no article', async () => {
    expect((await search('xyzabc')).ids).toEqual([]);
  });

  it('keeps a quoted query to its exact-phrase hits', async () => {
    expect((await search('"hoa hồng"')).ids.sort()).toEqual([CHO_QUE, THU_VIEN]);
    expect((await search('"hồng hoa"')).ids).toEqual([]);
  });
});

describe('places then and now, on the real index', () => {
  const messages = (query: string, outcome: SearchOutcome) => searchMessages(data, { query, filters: {} }, outcome);
  const groupOf = new Map(catalog.byCommune.map((g) => [g.key.id, g.models.map((m) => m.id)]));

  /** How readers type a name: as written, Đắk, Dak, without marks, Ngọc, HRing/PXi, upper case. */
  function typings(name: string): string[] {
    const forms = [name, name.replace(/Đăk/g, 'Đắk'), name.replace(/Đăk/g, 'Dak'), fold(name), name.replace(/Ngọk/g, 'Ngọc'), fold(name.replace(/Ngọk/g, 'Ngọc'))];
    forms.push(name.replace(/Đăk ([HP])([a-z])/g, (_, first: string, second: string) => `Đắk ${first}${second.toUpperCase()}`), name.toLocaleUpperCase('vi'));
    return [...new Set(forms)];
  }

  it('knows the 16 units, the 11 old and the 5 new', () => {
    expect([catalog.communes.filter((c) => c.current).length, catalog.communes.filter((c) => !c.current).length]).toEqual([5, 11]);
  });

  const cases = catalog.communes.flatMap((c) => [c.data.name, c.label].flatMap((text) => typings(text).map((typed) => [c.id, text, typed] as const)));

  it.each(cases)('%s: “%s” typed “%s” brings exactly the models of the places of that name first, and says what they are', async (id, text, typed) => {
    // A name two units share names both ("Đăk Ui": the old xã and today's, whose models include the old one's).
    const byName = text === catalog.communes.find((c) => c.id === id)!.label ? (c: (typeof catalog.communes)[number]) => c.label : (c: (typeof catalog.communes)[number]) => c.data.name;
    const sharing = catalog.communes.filter((c) => fold(byName(c)) === fold(text));
    const expected = [...new Set(sharing.flatMap((c) => groupOf.get(c.id) ?? []))].sort();
    const { ids, outcome } = await search(typed);
    expect(ids.slice(0, expected.length).sort()).toEqual(expected);
    // Only its models, or pages that hold the name as typed: no loose match of one of its words.
    expect(outcome.placeOnly).toBe(true);
    const named = new Set(sharing.map((c) => c.id));
    const told = sharing.filter((c) => !(c.today && named.has(c.today.id)));
    expect(outcome.places.map((p) => p.slug).sort()).toEqual(told.map((c) => c.id).sort());
    const { status, note } = messages(typed, outcome);
    for (const c of told) {
      const about = c.today ? `${c.label}${c.today.label === c.label ? ' cũ' : ''} nay thuộc ${c.today.label}, ${c.today.province}.` : `${c.label} (${c.period}) gồm `;
      expect(noteText(note)).toContain(about);
      if ((groupOf.get(c.id) ?? []).length === 0) expect(noteText(note)).toContain(`Chưa có mô hình nào ở ${c.label}. Xem trang ${c.label}`);
    }
    if (ids.length === 0) expect(status).toBe(`Không tìm thấy mô hình nào ở ${told.map((c) => c.label).join(' và ')}.`);
  });

  it('explains today’s xã Đăk Ui and the old xã Đăk Ngọk in the reader’s words', async () => {
    const ui = await search('xa dak ui');
    expect(ui.ids).toEqual([DUONG_HOA]);
    expect(noteText(messages('xa dak ui', ui.outcome).note)).toContain('xã Đăk Ui (từ 01/07/2025) gồm xã Đăk Ngọk và xã Đăk Ui cũ.');
    const ngok = await search('Đắk Ngọc');
    expect(noteText(messages('Đắk Ngọc', ngok.outcome).note)).toContain('xã Đăk Ngọk nay thuộc xã Đăk Ui, tỉnh Quảng Ngãi.');
    const ha = await search('dak ha');
    expect(ha.ids[0]).toBe(KHU_DAN_CU);
    expect(noteText(messages('dak ha', ha.outcome).note)).toContain('xã Đăk Hà (từ 01/07/2025) gồm thị trấn Đăk Hà, xã Đăk La và xã Hà Mòn.');
  });

  it('reads “thị trấn Đăk Hà” as the old unit only, and “huyện Đăk Hà” as neither commune', async () => {
    expect((await search('thị trấn Đăk Hà')).outcome.places.map((p) => p.slug)).toEqual(['dak-ha']);
    expect((await search('xã Đăk Hà')).outcome.places.map((p) => p.slug)).toEqual(['dak-ha-2025']);
    const district = await search('huyện Đăk Hà');
    expect(district.outcome.places).toEqual([]);
    expect(district.ids.length).toBeGreaterThan(0);
  });

  it.each(['Quảng Ngãi', 'quang ngai', 'tỉnh Quảng Ngãi', 'Kon Tum', 'kon tum', 'tinh Kon Tum'])('“%s” brings the models placed in a commune of the province, then and now', async (query) => {
    const placed = catalog.models.filter((m) => m.commune).map((m) => m.id).sort();
    expect(placed.length).toBeGreaterThan(0);
    const { ids, outcome } = await search(query);
    expect(ids.slice(0, placed.length).sort()).toEqual(placed);
    const province = fold(query).replace(/^tinh /, '');
    for (const result of outcome.results.slice(placed.length)) expect(fold((await result.data()).content)).toContain(province);
    expect(messages(query, outcome).status).toBe(`${ids.length} kết quả cho “${query}”`);
  });

  it.each(['xyzabc', 'qqq www'])('says a nonsense query “%s” found nothing', async (query) => {
    const { ids, outcome } = await search(query);
    expect(ids).toEqual([]);
    expect(messages(query, outcome).status).toBe(`Không tìm thấy kết quả cho “${query}”`);
  });

  it('searches a mistyped place as that place, and says it has no model', async () => {
    const { ids, outcome } = await search('dak pxii');
    expect((await pagefind.search('dak pxii'))?.results.length).toBeGreaterThan(0);
    expect(ids).toEqual([]);
    expect(outcome.searchedInstead).toBe('xã Đăk Pxi');
    expect(messages('dak pxii', outcome).status).toBe('Không tìm thấy kết quả cho “dak pxii”. Không tìm thấy mô hình nào ở xã Đăk Pxi.');
  });

  it('filters by a new commune: the models of its former units', async () => {
    expect((await search('', { xa: 'dak-ui-2025' })).ids).toEqual([DUONG_HOA]);
    expect((await search('', { xa: 'dak-ha-2025' })).ids).toEqual([KHU_DAN_CU]);
    expect((await search('hoa', { xa: 'dak-ui-2025' })).ids).toEqual([DUONG_HOA]);
  });

  it('sorts a place’s models without losing them', async () => {
    expect((await search('kon tum', {}, 'nam-moi')).ids.sort()).toEqual([DUONG_HOA, KHU_DAN_CU].sort());
  });
});

/** The models a filter value must list, taken from the catalog's own groups (what the index pages list). */
function expectedModels(key: SearchFilterKey, slug: string): ModelView[] {
  const groupModels = <K extends { id: string }>(groups: { key: K; models: ModelView[] }[]) => groups.find((g) => g.key.id === slug)?.models ?? [];
  switch (key) {
    case 'xa':
      return groupModels(catalog.byCommune);
    case 'don-vi':
      return groupModels(catalog.byUnit.flatMap((s) => s.units));
    case 'linh-vuc':
      return groupModels(catalog.byField);
    case 'nam':
      return catalog.byYear.find((g) => g.url === `/nam/${slug}/`)?.models ?? [];
    case 'hinh-thuc':
      return applyFilter(catalog.models, slug as 'tap-the' | 'ca-nhan');
    case 'nhan-rong':
      return slug === 'co' ? applyFilter(catalog.models, 'nhan-rong') : catalog.models.filter((m) => m.data.replicated === false);
    case 'nguoi':
      return catalog.models.filter((m) => m.data.person && slugify(m.data.person) === slug);
  }
}

describe('filters alone, without a query', () => {
  const cases = searchFilterKeys.flatMap((key) => data.facets[key].map((v) => [key, v.slug, v.value] as const));

  it('cover communes, units, fields, years and kinds', () => {
    expect(new Set(cases.map(([key]) => key))).toEqual(new Set(['xa', 'don-vi', 'linh-vuc', 'nam', 'hinh-thuc', 'nguoi']));
  });

  it.each(cases)('%s = %s lists exactly the models its index page lists', async (key, slug) => {
    const expected = expectedModels(key, slug).map((m) => m.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect((await search('', { [key]: slug })).ids.sort()).toEqual(expected);
  });

  it('lists the Hoa Hồng models for the unit, the Đăk Ngọk model for the commune, the one individual model for “Cá nhân”', async () => {
    expect((await search('', { 'don-vi': 'cdcs-truong-mam-non-hoa-hong' })).ids.sort()).toEqual([CHO_QUE, THU_VIEN]);
    expect((await search('', { xa: 'dak-ngok' })).ids).toEqual([DUONG_HOA]);
    expect((await search('', { 'hinh-thuc': 'ca-nhan' })).ids).toEqual([DAO_THI_CHIEN]);
  });

  it('combine with a query', async () => {
    expect((await search('quy', { 'don-vi': 'cdcs-truong-thcs-chu-van-an' })).ids).toEqual([CHU_VAN_AN]);
    expect((await search('hoa', { 'linh-vuc': 'moi-truong' })).ids).toEqual([DUONG_HOA]);
  });
});

describe('sorting', () => {
  it('by funding, highest first, models without a figure last', async () => {
    const { ids } = await search('', { nam: 'chua-ro' }, 'kinh-phi-cao');
    expect(ids).toHaveLength(catalog.models.length);
    const funding = ids.map((id) => catalog.models.find((m) => m.id === id)!.data.funding?.total);
    const known = funding.filter((f) => f !== undefined);
    expect(known).toEqual([190_000_000, 80_000_000, 12_000_000, 12_000_000]);
    expect(funding.slice(known.length).every((f) => f === undefined)).toBe(true);
  });

  it('by funding, lowest first', async () => {
    const { ids } = await search('mam non hoa hong', {}, 'kinh-phi-thap');
    expect(ids.slice(0, 2)).toEqual([THU_VIEN, CHO_QUE]);
  });

  it('by year keeps models whose year is unknown (all of the seed) instead of dropping them', async () => {
    expect((await search('dak ngok', {}, 'nam-moi')).ids).toEqual([DUONG_HOA]);
  });
});

describe('what the index holds', () => {
  /** The index's record of a model, found through its year filter (every model has one). */
  async function indexed(id: string): Promise<PagefindData> {
    const year = catalog.models.find((m) => m.id === id)!.data.yearStarted;
    const { outcome } = await search('', { nam: year === undefined ? 'chua-ro' : String(year) });
    const pages = await Promise.all(outcome.results.map((r) => r.data()));
    return pages.find((p) => idOf(p.url) === id)!;
  }

  it('holds only the model articles', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['vi']);
    expect(entry.languages.vi!.page_count).toBe(catalog.models.length);
  });

  it.each(catalog.models.map((m) => [m.id] as const))('%s: filter values are the labels its page shows; text is NFC, without navigation or hidden keywords', async (id) => {
    const found = await indexed(id);
    const html = page(`/mo-hinh/${id}/`);
    const fact = (name: string) => textOf(html.querySelector(`[data-fact="${name}"]`));
    const known = (text: string) => (text === 'chưa có số liệu' ? [] : [text]);
    // Filed under its commune as the source names it (whose label the page shows) and under today's.
    const model = catalog.models.find((m) => m.id === id)!;
    const communes = model.commune ? [model.commune, ...(model.commune.today ? [{ ...model.commune.today, current: true }] : [])] : [];
    expect(found.filters.xa ?? []).toEqual(communes.map(communeValue));
    const provinces = model.commune ? [model.commune.data.province, ...(model.commune.today ? [model.commune.today.province] : [])] : [];
    expect(found.filters.tinh ?? []).toEqual([...new Set(provinces)]);
    if (model.commune) expect(fact('commune')).toContain(model.commune.label);
    else expect(fact('commune')).toBe('chưa có số liệu');
    expect(found.filters['don-vi'] ?? []).toEqual(known(fact('unit')));
    expect(found.filters['linh-vuc']).toEqual(html.querySelectorAll('[data-fact="fields"] a').map(textOf));
    expect(found.filters['hinh-thuc']).toEqual([fact('kind').split(' — ')[0]]);
    const yearLinks = new Map(page(paths.years).querySelectorAll('.index-list a').map((a) => [a.getAttribute('href'), textOf(a)]));
    expect(found.filters.nam).toEqual([yearLinks.get(paths.year(model.data.yearStarted))]);
    expect(found.meta.title).toBe(textOf(html.querySelector('h1')));
    const { content } = found;
    expect(content).toBe(content.normalize('NFC'));
    expect(content).not.toContain('Bỏ qua, đến nội dung chính');
    expect(content).not.toContain('Trang chủ');
    expect(content).not.toContain(found.meta.keywords!.split('\n')[0]);
    // Each fact stands as words of its own, not run into the next fact ("Đăk Ngọkxã"), which no query would find.
    // textOf puts a space between elements, before a comma after a link too; the index has the text as read.
    const facts = [...['unit', 'commune', 'village', 'year', 'kind'].map((name) => fact(name).replace(/ ([,.;:)])/g, '$1')), ...html.querySelectorAll('[data-fact="fields"] a').map(textOf)];
    for (const text of facts.filter((t) => t !== '' && t !== 'chưa có số liệu')) {
      expect(content).toMatch(new RegExp(`(?:^|[^\\p{L}\\p{N}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[^\\p{L}\\p{N}]|$)`, 'u'));
    }
  });
});

describe('pages around search', () => {
  const htmlFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dist, file));

  it('every page is Vietnamese', () => {
    for (const file of htmlFiles) expect(readFileSync(file, 'utf8'), relative(dist, file)).toMatch(/<html lang="vi"/);
  });

  it('only the search page loads search code', () => {
    const withScripts = htmlFiles.filter((file) => /<script(?![^>]*application\/(ld\+)?json)/.test(readFileSync(file, 'utf8')) || readFileSync(file, 'utf8').includes('pagefind.js'));
    expect(withScripts.map((file) => relative(dist, file))).toEqual(['tim-kiem/index.html']);
  });

  it('the header search box of every page is a plain form to /tim-kiem/', () => {
    const form = page('/').querySelector('header form[role="search"]');
    expect(form?.getAttribute('action')).toBe('/tim-kiem/');
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.querySelector('input')?.getAttribute('name')).toBe('q');
  });

  it('without JavaScript, the search page points to the commune, unit and field indexes', () => {
    const html = page('/tim-kiem/');
    const fallback = html.querySelector('[data-search-fallback]');
    expect(fallback?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([paths.communes, paths.units, paths.fields]);
    expect(html.querySelector('[data-search-form]')?.hasAttribute('hidden')).toBe(true);
  });

  it('offers each filter with the values pages show', () => {
    const html = page('/tim-kiem/');
    const options = html.querySelectorAll('#loc-xa option').map(textOf);
    const offered = catalog.byCommune.filter((g) => g.models.length > 0).map((g) => g.key);
    expect(offered.map((c) => c.id)).toEqual(expect.arrayContaining(['dak-ui-2025', 'dak-ha-2025', 'dak-ngok', 'ha-mon']));
    expect(options).toEqual(['Tất cả', ...offered.map((c) => c.label)]);
    // Today's communes first, then the former units, each under a heading.
    const groups = html.querySelectorAll('#loc-xa optgroup').map((g) => [g.getAttribute('label'), g.querySelectorAll('option').map((o) => o.getAttribute('value'))]);
    expect(groups).toEqual([
      ['Xã hiện nay', offered.filter((c) => c.current).map((c) => c.id)],
      ['Xã đến 30/06/2025', offered.filter((c) => !c.current).map((c) => c.id)],
    ]);
    expect(html.querySelectorAll('#loc-don-vi option').length).toBe(1 + catalog.byUnit.flatMap((s) => s.units).filter((g) => g.models.length > 0).length);
  });
});
