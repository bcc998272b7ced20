import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { unitSchema } from '../../schemas/unit';
import { readKeyedMap, writeKeyedMap, type KeyedEntry } from './keyed-map-file';
import { keyOrder } from './schema-walk';

const content = join(import.meta.dirname, '../../../content');
const read = (name: string) => readFileSync(join(content, name), 'utf8');
const files = [
  ['units.yaml', keyOrder('units')],
  ['communes.yaml', keyOrder('communes')],
  ['fields.yaml', keyOrder('fields')],
  ['acts.yaml', keyOrder('acts')],
] as const;
const unitOrder = files[0][1];
const units = read('units.yaml');

describe('readKeyedMap', () => {
  it('lists the entries in file order, each with its id first, values as the content check reads them', () => {
    const { entries } = readKeyedMap(read('communes.yaml'));
    expect(entries.map((entry) => entry.id)).toEqual(Object.keys(parse(read('communes.yaml'))));
    expect(Object.keys(entries[0]!)[0]).toBe('id');
    expect(entries[0]).toMatchObject({ id: 'dak-ha', code: '23500', validTo: '2025-06-30' });
  });
});

describe('writeKeyedMap over the real files', () => {
  it.each(files)('gives %s back byte for byte, comments and all, when nothing changed', (name, order) => {
    const raw = read(name);
    expect(writeKeyedMap(readKeyedMap(raw).entries, { original: raw, order })).toBe(raw);
  });

  it('a unit added is appended at the end, its aliases on one line, in schema order, with the comments kept', () => {
    const { entries } = readKeyedMap(units);
    const added: KeyedEntry = { aliases: ['Trường THPT Đăk Hà', 'THPT Đăk Hà'], kind: 'school', id: 'cdcs-truong-thpt-dak-ha', commune: '', shortName: 'THPT Đăk Hà', schoolLevel: 'thpt', name: 'CĐCS Trường THPT Đăk Hà' };
    const after = writeKeyedMap([...entries, added], { original: units, order: unitOrder });
    expect(after).toBe(
      `${units}cdcs-truong-thpt-dak-ha:\n  name: CĐCS Trường THPT Đăk Hà\n  shortName: THPT Đăk Hà\n  kind: school\n  schoolLevel: thpt\n  aliases: [Trường THPT Đăk Hà, THPT Đăk Hà]\n`,
    );
    expect(after.split('\n')[0]).toMatch(/^# /);
    const { id, ...fields } = readKeyedMap(after).entries.at(-1)!;
    expect(id).toBe('cdcs-truong-thpt-dak-ha');
    expect(unitSchema.safeParse(fields).success).toBe(true);
  });

  it('an entry removed disappears with its lines; a changed field changes its line; a cleared one goes', () => {
    const { entries } = readKeyedMap(units);
    const edited = entries
      .filter((entry) => entry.id !== 'cdcs-truong-mam-non-hoa-hong')
      .map((entry) => (entry.id === 'doan-vien-cnvcld-xa-dak-ngok' ? { ...entry, shortName: 'CNVCLĐ Đăk Ngọk', commune: null, aliases: [] } : entry));
    const after = writeKeyedMap(edited, { original: units, order: unitOrder });
    const expected = units
      .replace(/cdcs-truong-mam-non-hoa-hong:\n(?: {2}.*\n)+/, '')
      .replace('  shortName: CNVCLĐ xã Đăk Ngọk\n  kind: commune\n  commune: dak-ngok\n  aliases: [\'Đoàn viên, CNVCLĐ xã Đăk Ngok\', CNVCLĐ xã Đăk Ngok]\n', '  shortName: CNVCLĐ Đăk Ngọk\n  kind: commune\n');
    expect(after).toBe(expected);
  });

  it('a renamed id is the old entry removed and a new one appended', () => {
    const raw = read('fields.yaml');
    const { entries } = readKeyedMap(raw);
    const after = writeKeyedMap(entries.map((entry) => (entry.id === 'cham-soc-suc-khoe' ? { ...entry, id: 'suc-khoe' } : entry)), { original: raw, order: files[2][1] });
    const moved = raw.match(/cham-soc-suc-khoe:\n(?: {2}.*\n)+/)![0];
    expect(after).toBe(raw.replace(moved, '') + moved.replace('cham-soc-suc-khoe:', 'suc-khoe:'));
  });

  it('keeps the comments between communes when one in the middle changes', () => {
    const raw = read('communes.yaml');
    const { entries } = readKeyedMap(raw);
    const after = writeKeyedMap(entries.map((entry, i) => (i === 1 ? { ...entry, aliases: [...(entry.aliases as string[]), 'Dak PXi'] } : entry)), { original: raw, order: files[1][1] });
    const [before, now] = [raw.split('\n'), after.split('\n')];
    expect(now).toHaveLength(before.length);
    expect(now.filter((line, i) => line !== before[i])).toEqual(['  aliases: [Đắk Pxi, Dak Pxi, Đăk PXi, Đắk PXi, Dak PXi]']);
  });

  it('a new entry follows a blank line when the file sets its entries apart so', () => {
    const raw = '# Đầu tệp\na:\n  name: A\n\nb:\n  name: B\n';
    expect(writeKeyedMap([...readKeyedMap(raw).entries, { id: 'c', name: 'C' }], { original: raw, order: ['name'] })).toBe(`${raw}\nc:\n  name: C\n`);
  });

  it('writes a new file in list order, in the hand-written style', () => {
    expect(writeKeyedMap([{ id: 'b', aliases: ['x', 'y'], name: 'B' }, { id: 'a', name: 'A', aliases: [] }], { order: ['name', 'aliases'] })).toBe('b:\n  name: B\n  aliases: [x, y]\na:\n  name: A\n');
  });

  it('refuses two entries sharing an id, or an entry without one, in Vietnamese', () => {
    const { entries } = readKeyedMap(units);
    expect(() => writeKeyedMap([...entries, { ...entries[0]! }], { original: units, order: unitOrder })).toThrow('mã "ldld-huyen-dak-ha" bị trùng: mỗi mục cần một mã riêng');
    expect(() => writeKeyedMap([{ id: ' ', name: 'X' }], { order: unitOrder })).toThrow('có một mục chưa có mã: mỗi mục cần một mã riêng');
  });
});
