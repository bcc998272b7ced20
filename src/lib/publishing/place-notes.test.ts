import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../catalog/catalog';
import { content, entry, model, newCommune, oldCommune } from '../../../tests/fixtures';
import { formationNote, noteText, reorganisationSummary, successionNote, todayNote } from './place-notes';

const catalog = buildCatalog(content([entry('duong-hoa', model({ title: 'Đường hoa', commune: 'dak-ngok' }))]));
const commune = (id: string) => catalog.communes.find((c) => c.id === id)!;

describe('place notes', () => {
  it('say where a former unit is today, with a link, and nothing for a unit of today', () => {
    expect(todayNote(commune('dak-ngok'))).toEqual(['nay thuộc ', { href: '/xa/dak-ui-2025/', label: 'xã Đăk Ui' }, ', tỉnh Quảng Ngãi (từ 01/07/2025)']);
    expect(todayNote(commune('dak-ui-2025'))).toBeUndefined();
  });

  it('say what a former unit became, by which act', () => {
    expect(noteText(successionNote(commune('ha-mon'))!)).toBe('Từ 01/07/2025, xã Hà Mòn nhập vào xã Đăk Hà, tỉnh Quảng Ngãi (Nghị quyết 1677/NQ-UBTVQH15 ngày 16/06/2025).');
    expect(successionNote(commune('dak-ha-2025'))).toBeUndefined();
  });

  it('say what a commune of today was formed from, calling a namesake "cũ"', () => {
    const withNamesake = buildCatalog(content([], {
      communes: [oldCommune('dak-ngok', 'Đăk Ngọk', 'xa', '23510', 'dak-ui-2025'), oldCommune('dak-ui', 'Đăk Ui', 'xa', '23509', 'dak-ui-2025'), newCommune('dak-ui-2025', 'Đăk Ui', '23510')],
    }));
    const note = formationNote(withNamesake.communes.find((c) => c.id === 'dak-ui-2025')!)!;
    expect(noteText(note)).toBe('Từ 01/07/2025, xã Đăk Ui gồm toàn bộ xã Đăk Ngọk và xã Đăk Ui cũ của huyện Đăk Hà, tỉnh Kon Tum (Nghị quyết 1677/NQ-UBTVQH15 ngày 16/06/2025).');
    expect(note.filter((p) => typeof p !== 'string').map((p) => (typeof p === 'string' ? p : p.href))).toEqual(['/xa/dak-ngok/', '/xa/dak-ui/']);
    expect(formationNote(commune('dak-ngok'))).toBeUndefined();
  });

  it('sum up the reorganisation from the data, one sentence per act and day', () => {
    expect(reorganisationSummary(catalog.communes)).toEqual(['Từ 01/07/2025, theo Nghị quyết 1677/NQ-UBTVQH15 ngày 16/06/2025, 3 đơn vị hành chính cấp xã của huyện Đăk Hà, tỉnh Kon Tum được sắp xếp thành 2 xã của tỉnh Quảng Ngãi.']);
  });
});
