import { describe, expect, it } from 'vitest';
import { content, entry, model } from '../../../tests/fixtures';
import { buildCatalog } from '../catalog/catalog';
import { dWords, modelFacets, schoolProperName, searchEntities, searchRecord, siteFacets } from './record';

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
  it('gives each filter the label the model page shows, with the page’s own id as slug', () => {
    expect(modelFacets(byId('thu-vien'))).toEqual({
      xa: [{ slug: 'ha-mon', value: 'xã Hà Mòn' }],
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
  });
});

describe('searchRecord', () => {
  it('holds the folded title, commune with its aliases, unit, village and person', () => {
    const lines = searchRecord(byId('duong-hoa'), '').keywords.split('\n');
    expect(lines).toEqual(expect.arrayContaining(['duong hoa', 'dak ngok', 'xa dak ngok']));
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
    const facets = siteFacets(catalog.models);
    expect(facets.nam.map((v) => v.value)).toEqual(['2019', '2015', 'Chưa rõ năm']);
    expect(facets['hinh-thuc'].map((v) => v.value)).toEqual(['Tập thể', 'Cá nhân']);
    expect(facets['nhan-rong'].map((v) => v.value)).toEqual(['Có', 'Không']);
    expect(facets['don-vi'].map((v) => v.slug)).toEqual(['mn-hoa-hong', 'thcs-chu-van-an']);
    expect(facets['linh-vuc'].map((v) => v.value)).toEqual(['An sinh', 'Môi trường']);
  });
});

describe('searchEntities', () => {
  const entities = searchEntities(catalog.models);

  it('names the communes, units and people that have models, by names of two words or more', () => {
    expect(entities.map((e) => `${e.key}:${e.slug}`).sort()).toEqual(['don-vi:mn-hoa-hong', 'don-vi:thcs-chu-van-an', 'nguoi:dao-thi-chien', 'xa:dak-ngok', 'xa:ha-mon']);
    expect(entities.find((e) => e.slug === 'dak-ngok')!.names).toEqual(['dak ngok', 'xa dak ngok']);
    expect(entities.every((e) => e.names.every((n) => n.includes(' ')))).toBe(true);
  });

  it('knows a school by its own name, without “Trường THCS”', () => {
    expect(entities.find((e) => e.slug === 'thcs-chu-van-an')!.names).toContain('chu van an');
    expect(schoolProperName('CĐCS Trường mầm non Hoa Hồng')).toBe('hoa hong');
    expect(schoolProperName('TH Tô Vĩnh Diện')).toBe('to vinh dien');
  });
});
