import { describe, expect, it } from 'vitest';
import { content, entry, model } from '../../../tests/fixtures';
import { buildCatalog } from '../catalog/catalog';
import { communeValue, dWords, facetGroups, modelFacets, schoolProperName, searchEntities, searchRecord, siteFacets, spellings } from './record';

const catalog = buildCatalog(
  content([
    entry('quy', model({ title: 'Quỹ học sinh', unit: 'thcs-chu-van-an', yearStarted: 2015, funding: { total: 190_000_000, atLeast: false, sources: [] } })),
    entry('thu-vien', model({ title: 'Thư viện', unit: 'mn-hoa-hong', commune: 'ha-mon', village: 'thôn Thống Nhất', yearStarted: 2019, replicated: false })),
    entry('duong-hoa', model({ title: 'Đường hoa', commune: 'dak-ngok', fields: ['moi-truong', 'an-sinh'], replicated: true })),
    entry('ga-vit', model({ title: 'Chăn nuôi', kind: 'individual', person: 'Đào Thị Chiên', unit: 'mn-hoa-hong' })),
  ]),
);
const byId = (id: string) => catalog.models.find((m) => m.id === id)!;

describe('modelFacets', () => {
  it('gives each filter the label the site shows, with the page’s own id as slug; the commune then (with its period) and now, and both provinces', () => {
    expect(modelFacets(byId('thu-vien'))).toEqual({
      xa: [
        { slug: 'ha-mon', value: 'xã Hà Mòn (đến 30/06/2025)' },
        { slug: 'dak-ha-2025', value: 'xã Đăk Hà' },
      ],
      tinh: [
        { slug: 'tinh-kon-tum', value: 'tỉnh Kon Tum' },
        { slug: 'tinh-quang-ngai', value: 'tỉnh Quảng Ngãi' },
      ],
      'don-vi': [{ slug: 'mn-hoa-hong', value: 'CĐCS Trường mầm non Hoa Hồng' }],
      'linh-vuc': [{ slug: 'an-sinh', value: 'An sinh' }],
      nam: [{ slug: '2019', value: '2019' }],
      'hinh-thuc': [{ slug: 'tap-the', value: 'Tập thể' }],
      'nhan-rong': [{ slug: 'khong', value: 'Không' }],
      nguoi: [],
    });
  });

  it('files an unknown year under “Chưa rõ năm” and leaves unknown replication out', () => {
    const facets = modelFacets(byId('ga-vit'));
    expect(facets.nam).toEqual([{ slug: 'chua-ro', value: 'Chưa rõ năm' }]);
    expect(facets['nhan-rong']).toEqual([]);
    expect(facets.nguoi).toEqual([{ slug: 'dao-thi-chien', value: 'Đào Thị Chiên' }]);
    expect(facets['hinh-thuc']).toEqual([{ slug: 'ca-nhan', value: 'Cá nhân' }]);
    expect([facets.xa, facets.tinh]).toEqual([[], []]);
  });

  it('tells a former unit from today’s of the same name by its period', () => {
    const oldUi = { label: 'xã Đăk Ui', current: false, period: 'đến 30/06/2025' };
    expect(communeValue(oldUi)).toBe('xã Đăk Ui (đến 30/06/2025)');
    expect(communeValue({ ...oldUi, current: true, period: 'từ 01/07/2025' })).toBe('xã Đăk Ui');
  });
});

describe('searchRecord', () => {
  it('holds the folded title, commune with its aliases, unit, village and person', () => {
    const lines = searchRecord(byId('duong-hoa'), '').keywords.split('\n');
    expect(lines).toEqual(expect.arrayContaining(['duong hoa', 'dak ngok', 'xa dak ngok', 'dak ngoc', 'xa dak ui', 'tinh kon tum', 'tinh quang ngai']));
    const thuVien = searchRecord(byId('thu-vien'), '').keywords.split('\n');
    expect(thuVien).toEqual(expect.arrayContaining(['thu vien', 'ha mon', 'cdcs truong mam non hoa hong', 'mn hoa hong', 'thon thong nhat']));
    expect(searchRecord(byId('ga-vit'), '').keywords.split('\n')).toContain('dao thi chien');
  });

  it('adds the story’s words that hold “đ”, folded, once each', () => {
    const record = searchRecord(byId('quy'), 'Công đoàn vận động, công đoàn đóng góp.');
    expect(record.keywords.split('\n').at(-1)).toBe('doan dong');
  });

  it('sorts only by what is known, and shows the card line', () => {
    expect(searchRecord(byId('quy'), '').sort).toEqual({ nam: '2015', 'kinh-phi': '190000000' });
    expect(searchRecord(byId('duong-hoa'), '').sort).toEqual({});
    expect(searchRecord(byId('ga-vit'), '').details).toBe('Cá nhân · Đào Thị Chiên · MN Hoa Hồng');
  });
});

describe('dWords', () => {
  it('keeps the words with “đ” or “Đ”, folded, composed or not', () => {
    expect(dWords(['Đăk Hà có đường hoa', 'Công đoàn'.normalize('NFD')])).toEqual(['dak', 'duong', 'doan']);
  });

  it('reads a 2 MB unbroken word in one pass (the earlier pattern retried at every letter: 42 s for 40.000 “ư”)', () => {
    // V8 matches one-byte (Latin-1) text on a fast path; "ư" is outside it, as most Vietnamese letters are.
    const word = 'ư'.repeat(1_000_000);
    expect(dWords([word, `${word}đ`])).toEqual([`${'u'.repeat(1_000_000)}d`]);
  });
});

describe('siteFacets', () => {
  it('lists each value once: years newest first with the unknown year last, Tập thể before Cá nhân', () => {
    const facets = siteFacets(catalog.models, catalog.communes);
    expect(facets.nam.map((v) => v.value)).toEqual(['2019', '2015', 'Chưa rõ năm']);
    expect(facets['hinh-thuc'].map((v) => v.value)).toEqual(['Tập thể', 'Cá nhân']);
    expect(facets['nhan-rong'].map((v) => v.value)).toEqual(['Có', 'Không']);
    expect(facets['don-vi'].map((v) => v.slug)).toEqual(['mn-hoa-hong', 'thcs-chu-van-an']);
    expect(facets['linh-vuc'].map((v) => v.value)).toEqual(['An sinh', 'Môi trường']);
  });

  it('offers the communes of today first, then the former units, each under the heading of its period', () => {
    const { xa } = siteFacets(catalog.models, catalog.communes);
    expect(xa).toEqual([
      { slug: 'dak-ha-2025', value: 'xã Đăk Hà', group: 'Xã hiện nay' },
      { slug: 'dak-ui-2025', value: 'xã Đăk Ui', group: 'Xã hiện nay' },
      { slug: 'dak-ngok', value: 'xã Đăk Ngọk (đến 30/06/2025)', label: 'xã Đăk Ngọk', group: 'Xã đến 30/06/2025' },
      { slug: 'ha-mon', value: 'xã Hà Mòn (đến 30/06/2025)', label: 'xã Hà Mòn', group: 'Xã đến 30/06/2025' },
    ]);
    expect(facetGroups(xa).map((run) => [run.group, run.values.length])).toEqual([
      ['Xã hiện nay', 2],
      ['Xã đến 30/06/2025', 2],
    ]);
    expect(facetGroups(siteFacets(catalog.models, catalog.communes).nam)).toEqual([{ values: expect.any(Array) }]);
  });
});

describe('spellings', () => {
  it('gives a name holding “ngok” its “ngoc” form and back, and leaves others alone', () => {
    expect(spellings('cnvcld xa dak ngok')).toEqual(['cnvcld xa dak ngok', 'cnvcld xa dak ngoc']);
    expect(spellings('ngoc reo')).toEqual(['ngoc reo', 'ngok reo']);
    expect(spellings('ha mon')).toEqual(['ha mon']);
  });
});

describe('searchEntities', () => {
  const entities = searchEntities(catalog);
  const find = (key: string, slug: string) => entities.find((e) => e.key === key && e.slug === slug)!;

  it('names every commune old and new (with or without models), the provinces, the former district, and the units and people that have models', () => {
    expect(entities.map((e) => `${e.key}:${e.slug}`).sort()).toEqual([
      'don-vi:mn-hoa-hong',
      'don-vi:thcs-chu-van-an',
      'huyen:huyen-dak-ha',
      'nguoi:dao-thi-chien',
      'tinh:tinh-kon-tum',
      'tinh:tinh-quang-ngai',
      'xa:dak-ha',
      'xa:dak-ha-2025',
      'xa:dak-ngok',
      'xa:dak-ui-2025',
      'xa:ha-mon',
    ]);
    expect(find('xa', 'dak-ngok').names).toEqual(['dak ngok', 'dak ngoc', 'xa dak ngok', 'xa dak ngoc']);
    expect(find('tinh', 'tinh-kon-tum').names).toEqual(['tinh kon tum', 'kon tum']);
    expect(find('huyen', 'huyen-dak-ha')).toEqual({ key: 'huyen', slug: 'huyen-dak-ha', names: ['huyen dak ha'] });
    expect(entities.every((e) => e.names.every((n) => n.includes(' ')))).toBe(true);
  });

  it('says what each place is and how many models it has: a new commune what it was formed from, an old one what it is part of today', () => {
    expect(find('xa', 'dak-ui-2025')).toMatchObject({ value: 'xã Đăk Ui', place: { label: 'xã Đăk Ui', url: '/xa/dak-ui-2025/', models: 1, about: 'xã Đăk Ui (từ 01/07/2025) gồm xã Đăk Ngọk.' } });
    expect(find('xa', 'dak-ha-2025').place!.about).toBe('xã Đăk Hà (từ 01/07/2025) gồm thị trấn Đăk Hà và xã Hà Mòn.');
    expect(find('xa', 'dak-ngok')).toMatchObject({ value: 'xã Đăk Ngọk (đến 30/06/2025)', place: { models: 1, today: 'dak-ui-2025', about: 'xã Đăk Ngọk nay thuộc xã Đăk Ui, tỉnh Quảng Ngãi.' } });
    expect(find('xa', 'dak-ha').place).toMatchObject({ models: 0, about: 'thị trấn Đăk Hà nay thuộc xã Đăk Hà, tỉnh Quảng Ngãi.' });
    expect(find('tinh', 'tinh-quang-ngai')).toMatchObject({ value: 'tỉnh Quảng Ngãi', place: { label: 'tỉnh Quảng Ngãi', models: 2 } });
  });

  it('knows a school by its own name, without “Trường THCS”', () => {
    expect(find('don-vi', 'thcs-chu-van-an').names).toContain('chu van an');
    expect(schoolProperName('CĐCS Trường mầm non Hoa Hồng')).toBe('hoa hong');
    expect(schoolProperName('TH Tô Vĩnh Diện')).toBe('to vinh dien');
  });
});
