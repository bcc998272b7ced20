import { describe, expect, it } from 'vitest';
import { noteText, searchMessages } from './messages';
import { facetsFrom, type SearchIndexData } from './record';
import type { SearchOutcome } from './run';

const dakUi = { label: 'xã Đăk Ui', url: '/xa/dak-ui-2025/', about: 'xã Đăk Ui (từ 01/07/2025) gồm xã Đăk Ngọk và xã Đăk Ui cũ.', models: 1 };
const dakPxi = { label: 'xã Đăk Pxi', url: '/xa/dak-pxi-2025/', about: 'xã Đăk Pxi (từ 01/07/2025) gồm xã Đăk Long và xã Đăk Pxi cũ.', models: 0 };
const data: SearchIndexData = {
  facets: facetsFrom({ xa: [{ slug: 'dak-ui-2025', value: 'xã Đăk Ui' }], 'don-vi': [{ slug: 'mn', value: 'CĐCS Trường mầm non Hoa Hồng' }] }),
  entities: [{ key: 'tinh', slug: 'tinh-kon-tum', names: ['kon tum'], value: 'tỉnh Kon Tum', place: { label: 'tỉnh Kon Tum', models: 2 } }],
};
const result = { id: 'a', data: async () => ({ url: '/mo-hinh/a/', content: '', excerpt: '', meta: {}, filters: {} }) };
const outcome = (over: Partial<SearchOutcome>): SearchOutcome => ({ results: [], counts: {}, boosted: [], places: [], placeOnly: false, ...over });

describe('searchMessages', () => {
  it('says what a named new commune is, that its models come first, and offers its filter', () => {
    const { status, note } = searchMessages(data, { query: 'xa dak ui', filters: {} }, outcome({ results: [result], boosted: [{ key: 'xa', slug: 'dak-ui-2025', words: 'xa dak ui' }], places: [{ key: 'xa', slug: 'dak-ui-2025', place: dakUi }], placeOnly: true }));
    expect(status).toBe('1 kết quả cho “xa dak ui”');
    expect(noteText(note)).toBe('xã Đăk Ui (từ 01/07/2025) gồm xã Đăk Ngọk và xã Đăk Ui cũ.\nMô hình ở xã Đăk Ui được xếp lên đầu. Chỉ xem mô hình ở xã Đăk Ui');
    expect(note[1]!.at(-1)).toEqual({ text: 'Chỉ xem mô hình ở xã Đăk Ui', href: '?q=xa+dak+ui&xa=dak-ui-2025', inPage: true });
  });

  it('says a known place has no model yet and links its page', () => {
    const { status, note } = searchMessages(data, { query: 'dak pxi', filters: {} }, outcome({ places: [{ key: 'xa', slug: 'dak-pxi-2025', place: dakPxi }], placeOnly: true }));
    expect(status).toBe('Không tìm thấy mô hình nào ở xã Đăk Pxi.');
    expect(note.at(-1)).toEqual([{ text: 'Chưa có mô hình nào ở xã Đăk Pxi.' }, { text: ' ' }, { text: 'Xem trang xã Đăk Pxi', href: '/xa/dak-pxi-2025/' }]);
  });

  it('tells a place with models that the filters left none', () => {
    const { status } = searchMessages(data, { query: 'dak ui', filters: { nam: '2019' } }, outcome({ places: [{ key: 'xa', slug: 'dak-ui-2025', place: dakUi }], placeOnly: true }));
    expect(status).toBe('Không tìm thấy mô hình nào ở xã Đăk Ui khớp bộ lọc đã chọn.');
  });

  it('says nothing was found for a query that names nothing, with a hint', () => {
    const { status, note } = searchMessages(data, { query: 'xyzabc', filters: {} }, outcome({}));
    expect(status).toBe('Không tìm thấy kết quả cho “xyzabc”');
    expect(noteText(note)).toMatch(/^Hãy thử tên xã/);
  });

  it('says which name a mistyped place was searched as, and that it has no model', () => {
    const { status } = searchMessages(data, { query: 'dak pxii', filters: {} }, outcome({ places: [{ key: 'xa', slug: 'dak-pxi-2025', place: dakPxi }], placeOnly: true, searchedInstead: 'xã Đăk Pxi' }));
    expect(status).toBe('Không tìm thấy kết quả cho “dak pxii”. Không tìm thấy mô hình nào ở xã Đăk Pxi.');
  });

  it('names places by their label, keeps the unit’s wording, and links only filters the page offers (no province)', () => {
    const { note } = searchMessages(data, { query: 'mam non hoa hong', filters: {} }, outcome({ results: [result], boosted: [{ key: 'don-vi', slug: 'mn', words: '' }, { key: 'tinh', slug: 'tinh-kon-tum', words: '' }] }));
    expect(noteText(note)).toBe('Mô hình ở tỉnh Kon Tum được xếp lên đầu.\nMô hình của CĐCS Trường mầm non Hoa Hồng được xếp lên đầu. Chỉ xem mô hình của đơn vị CĐCS Trường mầm non Hoa Hồng');
  });
});
