import { describe, expect, it } from 'vitest';
import { closest, compareVi, fold, nfc, slugify } from './vietnamese';

describe('fold', () => {
  it.each([
    ['Đăk Ngọk', 'dak ngok'],
    ['Đắk Ngọc', 'dak ngoc'],
    ['Hà Mòn', 'ha mon'],
    ['Trường THCS Chu Văn An', 'truong thcs chu van an'],
    ['Đào Thị Chiên', 'dao thi chien'],
    ['  Mầm   non  Hoa Hồng ', 'mam non hoa hong'],
    ['công đoàn', 'cong doan'],
    ['ỨNG DỤNG', 'ung dung'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('folds decomposed (NFD) input the same as composed', () => {
    expect(fold('Hà Mòn'.normalize('NFD'))).toBe('ha mon');
  });
});

describe('slugify', () => {
  it.each([
    ['Quỹ “Vì học sinh có hoàn cảnh khó khăn”', 'quy-vi-hoc-sinh-co-hoan-canh-kho-khan'],
    ['Tuyến đường hoa', 'tuyen-duong-hoa'],
    ['Chăn nuôi gà thịt, vịt siêu trứng', 'chan-nuoi-ga-thit-vit-sieu-trung'],
    ['Đăk Ngọk', 'dak-ngok'],
    ['Quỹ 100% — “Đoàn viên”!', 'quy-100-doan-vien'],
    ['  --Chợ quê--  ', 'cho-que'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});

describe('nfc', () => {
  it('composes decomposed text', () => {
    const decomposed = 'Ngọk'.normalize('NFD');
    expect(decomposed).not.toBe('Ngọk');
    expect(nfc(decomposed)).toBe('Ngọk');
  });
});

describe('compareVi', () => {
  it('orders Vietnamese letters after their base letter', () => {
    const sorted = ['Đăk Ui', 'Hà Mòn', 'Dak', 'Ngọk Réo', 'Ân'].sort(compareVi);
    expect(sorted).toEqual(['Ân', 'Dak', 'Đăk Ui', 'Hà Mòn', 'Ngọk Réo']);
  });
});

describe('closest', () => {
  const known = ['dak-ngok', 'ha-mon', 'ngok-reo', 'Hà Mòn'];
  it('suggests the id one typo away', () => {
    expect(closest('dak-ngk', known)).toBe('dak-ngok');
    expect(closest('ha mon', ['dak-ngok', 'ha-mon'])).toBe('ha-mon');
    expect(closest('Ha Mon', known)).toBe('Hà Mòn');
  });
  it('suggests nothing for an unrelated word', () => {
    expect(closest('truong-chu-van-an', known)).toBeUndefined();
  });
});
