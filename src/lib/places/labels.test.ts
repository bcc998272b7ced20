import { describe, expect, it } from 'vitest';
import { codeLabel, communeLabel, periodLabel, placeLine } from './labels';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('place labels', () => {
  it('name the kind before the name', () => {
    expect([communeLabel({ name: 'Đăk Hà', kind: 'thi-tran' }), communeLabel({ name: 'Đăk Ui', kind: 'xa' }), communeLabel({ name: 'Quyết Thắng', kind: 'phuong' })]).toEqual(['thị trấn Đăk Hà', 'xã Đăk Ui', 'phường Quyết Thắng']);
  });

  it('give a period in dd/mm/yyyy, and nothing when no day is known', () => {
    expect([periodLabel({ validTo: day('2025-06-30') }), periodLabel({ validFrom: day('2025-07-01') }), periodLabel({ validFrom: day('2025-07-01'), validTo: day('2030-06-30') }), periodLabel({})]).toEqual(['đến 30/06/2025', 'từ 01/07/2025', '01/07/2025 – 30/06/2030', '']);
  });

  it('never give a code without its period, where one is known', () => {
    expect(codeLabel({ code: '23510', validTo: day('2025-06-30') })).toBe('mã 23510 (đến 30/06/2025)');
    expect(codeLabel({ code: '23510', validFrom: day('2025-07-01') })).toBe('mã 23510 (từ 01/07/2025)');
    expect(codeLabel({})).toBeUndefined();
  });

  it('place a unit in its district and province, skipping a level that does not exist', () => {
    expect(placeLine({ name: 'Đăk Ngọk', kind: 'xa', district: 'huyện Đăk Hà', province: 'tỉnh Kon Tum' })).toBe('xã Đăk Ngọk, huyện Đăk Hà, tỉnh Kon Tum');
    expect(placeLine({ name: 'Đăk Ui', kind: 'xa', province: 'tỉnh Quảng Ngãi' })).toBe('xã Đăk Ui, tỉnh Quảng Ngãi');
  });
});
