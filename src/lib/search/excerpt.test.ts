import { describe, expect, it } from 'vitest';
import { excerptParts } from './excerpt';

describe('excerptParts', () => {
  it('splits Pagefind’s excerpt into plain and marked text', () => {
    expect(excerptParts('xã <mark>Đăk</mark> <mark>Ngọk</mark> trồng hoa')).toEqual([
      { text: 'xã ', marked: false },
      { text: 'Đăk', marked: true },
      { text: ' ', marked: false },
      { text: 'Ngọk', marked: true },
      { text: ' trồng hoa', marked: false },
    ]);
  });

  it('turns escaped markup back into text, never into tags', () => {
    expect(excerptParts('a &lt;script&gt;x&lt;/script&gt; & b')).toEqual([{ text: 'a <script>x</script> & b', marked: false }]);
  });
});
