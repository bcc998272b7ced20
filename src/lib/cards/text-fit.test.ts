import { describe, expect, it } from 'vitest';
import { fitLines } from './text-fit';

/** Every character 10 units wide, "…" too. */
const measure = (text: string) => [...text].length * 10;

describe('fitLines', () => {
  it('breaks at spaces, never wider than the line', () => {
    expect(fitLines(measure, 'Quỹ vì học sinh nghèo', 100, 3)).toEqual(['Quỹ vì học', 'sinh nghèo']);
  });

  it('keeps a text that fits on one line whole', () => {
    expect(fitLines(measure, '  Xã Hà Mòn ', 100, 1)).toEqual(['Xã Hà Mòn']);
  });

  it('ends the last line with "…" when the text goes on', () => {
    const fitted = fitLines(measure, 'một hai ba bốn năm sáu bảy tám', 100, 2);
    expect(fitted).toEqual(['một hai ba', 'bốn năm…']);
    for (const line of fitted) expect(measure(line)).toBeLessThanOrEqual(100);
  });

  it('breaks a word wider than the line between letters', () => {
    expect(fitLines(measure, 'CNVCLĐxãĐăkNgọk', 50, 4)).toEqual(['CNVCL', 'ĐxãĐă', 'kNgọk']);
  });

  it('gives no line for no text', () => {
    expect(fitLines(measure, '   ', 100, 3)).toEqual([]);
  });
});
