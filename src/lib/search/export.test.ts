import { describe, expect, it } from 'vitest';
import { exportFileName, exportTitle } from './export';

describe('exportFileName', () => {
  it('is ASCII, from the query and the filters', () => {
    expect(exportFileName({ query: 'xã Đăk Ui', filters: {} }, 'csv')).toBe('tim-kiem-xa-dak-ui.csv');
    expect(exportFileName({ query: ' Hà Mòn ', filters: { 'linh-vuc': 'quy-ho-tro' } }, 'json')).toBe('tim-kiem-ha-mon-quy-ho-tro.json');
    expect(exportFileName({ query: '', filters: {} }, 'csv')).toBe('tim-kiem.csv');
    expect(exportFileName({ query: '“=1+1”', filters: {} }, 'csv')).toBe('tim-kiem-1-1.csv');
  });

  it('stays short, cut between words', () => {
    const name = exportFileName({ query: 'Hướng dẫn Nhân dân chăn nuôi gà thịt, vịt siêu trứng ở thôn Thống Nhất', filters: {} }, 'csv');
    expect(name).toBe('tim-kiem-huong-dan-nhan-dan-chan-nuoi-ga-thit-vit-sieu-trung.csv');
    expect(name.length).toBeLessThanOrEqual(64);
    expect(name).toMatch(/^[a-z0-9-]+\.csv$/);
  });
});

describe('exportTitle', () => {
  it('says what the file holds', () => {
    expect(exportTitle('dak ui', ['Lĩnh vực: Quỹ hỗ trợ'])).toBe('Mô hình tìm được với từ khóa “dak ui”, lọc theo Lĩnh vực: Quỹ hỗ trợ');
    expect(exportTitle('  ', [])).toBe('Mô hình tìm được');
  });
});
