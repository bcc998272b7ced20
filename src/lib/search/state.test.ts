import { describe, expect, it } from 'vitest';
import type { Facets } from './record';
import { filterValues, readSearchState, searchStateParams } from './state';

const facets: Facets = {
  xa: [{ slug: 'dak-ngok', value: 'xã Đăk Ngọk' }],
  'don-vi': [{ slug: 'mn-hoa-hong', value: 'CĐCS Trường mầm non Hoa Hồng' }],
  'linh-vuc': [{ slug: 'moi-truong', value: 'Môi trường xanh – sạch – đẹp' }],
  nam: [{ slug: 'chua-ro', value: 'Chưa rõ năm' }],
  'hinh-thuc': [{ slug: 'tap-the', value: 'Tập thể' }],
  'nhan-rong': [],
  nguoi: [],
};

describe('search state in the URL', () => {
  it('reads the query, known filters and the sort', () => {
    const state = readSearchState(new URLSearchParams('q=dak+ngok&xa=dak-ngok&nam=chua-ro&sap-xep=kinh-phi-cao'), facets);
    expect(state).toEqual({ query: 'dak ngok', filters: { xa: 'dak-ngok', nam: 'chua-ro' }, sort: 'kinh-phi-cao' });
  });

  it('drops a filter value or sort the site does not know', () => {
    const state = readSearchState(new URLSearchParams('xa=khong-co&don-vi=&sap-xep=ngau-nhien&loc=1'), facets);
    expect(state).toEqual({ query: '', filters: {}, sort: undefined });
  });

  it('writes parameters in a fixed order, leaving empty ones out, and reads them back', () => {
    const state = { query: ' mầm non ', filters: { 'linh-vuc': 'moi-truong', xa: 'dak-ngok' }, sort: 'nam-moi' as const };
    const params = searchStateParams(state);
    expect(params.toString()).toBe('q=m%E1%BA%A7m+non&xa=dak-ngok&linh-vuc=moi-truong&sap-xep=nam-moi');
    expect(readSearchState(params, facets)).toEqual({ ...state, query: 'mầm non' });
  });

  it('turns slugs into the values Pagefind stores', () => {
    expect(filterValues({ xa: 'dak-ngok', 'linh-vuc': 'moi-truong', nam: 'khong-co' }, facets)).toEqual({ xa: 'xã Đăk Ngọk', 'linh-vuc': 'Môi trường xanh – sạch – đẹp' });
  });
});
