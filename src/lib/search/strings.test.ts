import { describe, expect, it } from 'vitest';
import { fillTemplate, pagefindStrings } from './strings';

describe('search strings', () => {
  it('says “showing results for” where Pagefind 1.6 ships the non-word “Kiểm thị”', () => {
    const text = fillTemplate(pagefindStrings.alt_search, { SEARCH_TERM: 'hha mmon', DIFFERENT_TERM: 'xã Hà Mòn' });
    expect(text).toBe('Không tìm thấy kết quả cho “hha mmon”. Hiển thị kết quả cho “xã Hà Mòn”');
    expect(Object.values(pagefindStrings).join(' ')).not.toMatch(/Kiểm thị/);
  });

  it('fills counts and leaves unknown placeholders as they are', () => {
    expect(fillTemplate(pagefindStrings.many_results, { COUNT: '1.000', SEARCH_TERM: 'ha mon' })).toBe('1.000 kết quả cho “ha mon”');
    expect(fillTemplate('[OTHER] [COUNT]', { COUNT: 2 })).toBe('[OTHER] 2');
  });
});
