import { describe, expect, it } from 'vitest';
import { firstInvisible, invisibleMessage, withoutInvisible } from './invisible';

describe('invisible characters', () => {
  it('finds the first one with its code point and name', () => {
    expect(firstInvisible('Đăk\u200DHà\u202E')).toMatchObject({ code: 'U+200D', index: 3 });
    expect(firstInvisible('Đăk Hà – “đường hoa”')).toBeUndefined();
  });

  it('says which field, which character and after which words', () => {
    expect(invisibleMessage('tiêu đề (title)', 'Thư viện\u200B')).toBe('tiêu đề (title) có ký tự vô hình U+200B, khoảng trắng vô hình (zero-width space), ngay sau "Thư viện": hãy xóa ký tự này (gõ lại đoạn chữ đó, hoặc chạy npm run check -- --fix)');
  });

  it('removes every one of them and nothing else', () => {
    expect(withoutInvisible('\uFEFFThư\u200B viện\u202E 2.000\u2066')).toBe('Thư viện 2.000');
  });
});
