import { describe, expect, it } from 'vitest';
import { content, entry, model } from '../../../tests/fixtures';
import { buildCatalog, ContentError } from './catalog';

describe('buildCatalog', () => {
  const raw = content([
    entry('quy', model({ title: 'Quỹ học sinh', unit: 'thcs-chu-van-an', yearStarted: 2015, publishedAt: new Date('2026-02-01'), funding: { total: 190_000_000, atLeast: false, sources: [] } })),
    entry('thu-vien', model({ title: 'Thư viện', unit: 'mn-hoa-hong', commune: 'ha-mon', yearStarted: 2015, funding: { total: 12_000_000, atLeast: false, sources: [] } })),
    entry('duong-hoa', model({ title: 'Đường hoa', commune: 'dak-ngok', fields: ['moi-truong'], replicated: true })),
    entry('duong-hoa-2', model({ title: 'Đường hoa 2', commune: 'dak-ngok', fields: ['moi-truong'], replicatedFrom: 'duong-hoa', yearStarted: 2018 })),
    entry('nhap', model({ title: 'Bản nháp', draft: true })),
  ]);
  const catalog = buildCatalog(raw);

  it('leaves drafts out and sorts newest first, then by title', () => {
    expect(catalog.models.map((m) => m.id)).toEqual(['quy', 'duong-hoa', 'duong-hoa-2', 'thu-vien']);
  });

  it('resolves references and replication both ways', () => {
    const copy = catalog.models.find((m) => m.id === 'duong-hoa-2')!;
    const original = catalog.models.find((m) => m.id === 'duong-hoa')!;
    expect(copy.commune?.label).toBe('xã Đăk Ngọk');
    expect(copy.replicatedFrom).toEqual({ id: 'duong-hoa', title: 'Đường hoa', url: '/mo-hinh/duong-hoa/' });
    expect(original.copies.map((c) => c.id)).toEqual(['duong-hoa-2']);
  });

  it('groups by commune with subtotals, listing every unit, today’s first, each with the models of the units that became part of it', () => {
    expect(catalog.byCommune.map((g) => [g.key.id, g.models.length])).toEqual([
      ['dak-ha-2025', 1],
      ['dak-ui-2025', 2],
      ['dak-ha', 0],
      ['dak-ngok', 2],
      ['ha-mon', 1],
    ]);
    const haMon = catalog.byCommune.find((g) => g.key.id === 'ha-mon')!;
    expect(haMon.totals.funding.total?.value).toBe(12_000_000);
    expect(catalog.byCommune.find((g) => g.key.id === 'dak-ha')!.totals.funding.total).toBeNull();
  });

  it('names what each unit became and was formed from, with its period and acts', () => {
    const dakNgok = catalog.communes.find((c) => c.id === 'dak-ngok')!;
    expect([dakNgok.current, dakNgok.period, dakNgok.today]).toEqual([false, 'đến 30/06/2025', { id: 'dak-ui-2025', url: '/xa/dak-ui-2025/', label: 'xã Đăk Ui', period: 'từ 01/07/2025', province: 'tỉnh Quảng Ngãi', name: 'Đăk Ui', aliases: [] }]);
    expect(dakNgok.endedBy?.label).toBe('Nghị quyết 1677/NQ-UBTVQH15 ngày 16/06/2025');
    const dakHa = catalog.communes.find((c) => c.id === 'dak-ha-2025')!;
    expect([dakHa.current, dakHa.today, dakHa.formedFrom.map((f) => f.label), dakHa.formerDistricts]).toEqual([true, undefined, ['thị trấn Đăk Hà', 'xã Hà Mòn'], ['huyện Đăk Hà']]);
  });

  it('groups today’s communes by the former units their models name, empty ones kept', () => {
    expect(catalog.byCommuneToday.map((g) => [g.key.id, g.formerUnits.map((f) => [f.key.id, f.models.length])])).toEqual([
      ['dak-ha-2025', [['dak-ha', 0], ['ha-mon', 1]]],
      ['dak-ui-2025', [['dak-ngok', 2]]],
    ]);
  });

  it('groups units into sections, schools by level first', () => {
    expect(catalog.byUnit.map((s) => [s.label, s.units.map((u) => u.key.id)])).toEqual([
      ['Trường mầm non', ['mn-hoa-hong']],
      ['Trường trung học cơ sở', ['thcs-chu-van-an']],
      ['Cơ quan', ['ldld']],
    ]);
  });

  it('groups by year, newest first, with the unknown year last and never guessed', () => {
    expect(catalog.byYear.map((g) => [g.label, g.url, g.models.length])).toEqual([
      ['2018', '/nam/2018/', 1],
      ['2015', '/nam/2015/', 2],
      ['Chưa rõ năm', '/nam/chua-ro/', 1],
    ]);
  });

  it('computes site totals once over published models', () => {
    expect(catalog.totals.counts.total).toBe(4);
    expect(catalog.totals.funding.total?.value).toBe(202_000_000);
    expect(catalog.totals.funding.coverage).toEqual({ known: 2, of: 4 });
    expect(catalog.totals.counts.replicated).toEqual({ count: 1, coverage: { known: 1, of: 4 } });
  });

  it('throws one error listing every cross-entry problem', () => {
    const broken = content([entry('a', model({ unit: 'ghost', commune: 'nowhere' }))]);
    expect(() => buildCatalog(broken)).toThrow(ContentError);
    try {
      buildCatalog(broken);
    } catch (error) {
      expect((error as ContentError).problems).toHaveLength(2);
      expect((error as Error).message).toContain('Nội dung có 2 lỗi');
    }
  });
});
