/** The printable review reports: totals, model lists and their CSV agree with the content. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { formerUnitsOf, placeList } from '../src/lib/data/by-place';
import { existsOn, placeOn } from '../src/lib/places/timeline';
import { builtFile, dist, loadSeedCatalog, page, textOf } from './site-content';

const catalog = loadSeedCatalog();

function summary(path: string): string[] {
  return page(path).querySelectorAll('[data-summary-row]').map(textOf);
}

describe('review reports', () => {
  it('are listed: the whole period, each report year, each commune', () => {
    const links = page('/so-lieu/bao-cao/').querySelectorAll('main .index-list a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/so-lieu/bao-cao/toan-giai-doan/', '/so-lieu/bao-cao/nam/2019/', ...catalog.communes.map((c) => `/so-lieu/bao-cao/xa/${c.id}/`)]);
  });

  it('for 2019: explain what the year means, total 294.000.000 đ with its coverage, benefit apart', () => {
    const html = page('/so-lieu/bao-cao/nam/2019/');
    expect(textOf(html.querySelector('h1'))).toBe('Báo cáo số liệu năm 2019');
    expect(textOf(html)).toContain('không theo năm bắt đầu');
    expect(summary('/so-lieu/bao-cao/nam/2019/')).toEqual([
      'Mô hình có bài 7',
      '– Tập thể 6',
      '– Cá nhân 1',
      'Được nhân rộng chưa có số liệu 0/7 mô hình ghi rõ',
      'Kinh phí vận động 294.000.000 đ của 4/7 mô hình có số liệu',
      '– Nhân dân và doanh nghiệp 230.000.000 đ',
      '– Đoàn viên 12.000.000 đ',
      '– Nhân dân 12.000.000 đ',
      '– Chưa phân tách nguồn 40.000.000 đ',
      'Người hưởng lợi của 3/7 mô hình có số liệu; mỗi dòng một đơn vị đếm, không cộng lẫn',
      '– hộ dân được hướng dẫn, hỗ trợ kỹ thuật chăn nuôi 25 hộ',
      '– học sinh có hoàn cảnh khó khăn 821 lượt',
      '– đoàn viên, CNVCLĐ có hoàn cảnh khó khăn 23 lượt',
      'Làm lợi cho Nhân dân trên 150.000.000 đ của 1/7 mô hình có số liệu; không cộng vào kinh phí',
    ]);
    expect(textOf(html)).not.toContain('444.000.000');
    expect(html.querySelectorAll('[data-declared-row]').map(textOf)[0]).toBe('Tổng số mô hình 23 7/23 mô hình đã có bài');
  });

  it('list every model with its key figures, and put the matching CSV beside', () => {
    const html = page('/so-lieu/bao-cao/nam/2019/');
    const listed = html.querySelectorAll('[data-review-model]').map((tr) => tr.getAttribute('data-review-model'));
    expect([...listed].sort()).toEqual(catalog.models.map((m) => m.id).sort());
    const cho = html.querySelector('[data-review-model="cho-que-mam-non-hoa-hong"] [data-review-figure="funding"]');
    expect(textOf(cho)).toBe('80.000.000 đ Nhân dân và doanh nghiệp: 40.000.000 đ Chưa phân tách nguồn: 40.000.000 đ');
    expect(textOf(html.querySelector('[data-review-model="tuyen-duong-hoa-dak-ngok"] [data-review-figure="funding"]'))).toBe('chưa có số liệu');
    const csvHref = html.querySelector('[data-data-links] a[href$=".csv"]')!.getAttribute('href')!;
    expect(csvHref).toBe('/du-lieu/nam-bao-cao/2019.csv');
    const rows: Record<string, string>[] = parse(builtFile(csvHref).toString('utf8'), { bom: true, columns: true });
    expect(rows.map((r) => r.id).sort()).toEqual([...listed].sort());
  });

  it('per commune: only that commune’s models, and an honest empty report elsewhere', () => {
    for (const group of catalog.byCommune) {
      const path = `/so-lieu/bao-cao/xa/${group.key.id}/`;
      const html = page(path);
      const listed = html.querySelectorAll('[data-review-model]').map((tr) => tr.getAttribute('data-review-model'));
      expect(listed.sort()).toEqual(group.models.map((m) => m.id).sort());
      if (group.models.length === 0) expect(textOf(html)).toContain('Chưa có mô hình nào có bài');
      expect(page(group.key.url).querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(path);
    }
  });

  it('the whole period covers every model', () => {
    expect(page('/so-lieu/bao-cao/toan-giai-doan/').querySelectorAll('[data-review-model]')).toHaveLength(catalog.models.length);
    expect(summary('/so-lieu/bao-cao/toan-giai-doan/')).toContain('Kinh phí vận động 294.000.000 đ của 4/7 mô hình có số liệu');
  });

  it('print on A4 without the navigation or the download links', () => {
    const css = readdirSync(join(dist, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(dist, '_astro', f), 'utf8'))
      .join('\n');
    expect(css).toMatch(/@page\s*\{[^}]*size:\s*A4/);
    expect(css).toMatch(/@media print\s*\{[^]*\.site-header nav[^{]*\{\s*display:\s*none/);
    expect(css).toMatch(/\.no-print\s*\{\s*display:\s*none/);
    expect(page('/so-lieu/bao-cao/nam/2019/').querySelector('.no-print [data-data-links]')).not.toBeNull();
    expect(page('/so-lieu/bao-cao/nam/2019/').querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
  });

  describe('by commune, then and now', () => {
    const byId = new Map(catalog.communes.map((c) => [c.id, c]));
    const withModels = catalog.models.filter((m) => m.commune !== undefined);
    /** The rows of a grouping table: [id, count, part]. */
    const rows = (path: string, kind: string) =>
      page(path).querySelectorAll(`[data-grouping="${kind}"] tr[data-place-row]`).map((tr) => [tr.getAttribute('data-place-row'), Number(tr.getAttribute('data-count')), tr.hasAttribute('data-place-part')]);
    const day = (d: Date) => d.toISOString().slice(0, 10).split('-').reverse().join('/');

    it('the 2019 report groups by the units that existed on 31/12/2019 by default, then by today’s communes', () => {
      const path = '/so-lieu/bao-cao/nam/2019/';
      const end = new Date(Date.UTC(2019, 11, 31));
      const kinds = page(path).querySelectorAll('[data-grouping]').map((g) => g.getAttribute('data-grouping'));
      expect(kinds).toEqual(['on-day', 'today']);
      const then = catalog.communes.filter((c) => existsOn(c, end));
      expect(then.every((c) => !c.current)).toBe(true);
      expect(rows(path, 'on-day')).toEqual(then.map((c) => [c.id, withModels.filter((m) => placeOn(m.commune!, byId, end)?.id === c.id).length, false]));
      expect(rows(path, 'on-day').reduce((sum, r) => sum + (r[1] as number), 0)).toBe(withModels.length);
      expect(textOf(page(path).querySelector('[data-grouping="on-day"] h2'))).toBe('Theo xã, thị trấn ngày 31/12/2019');
      expect(textOf(page(path).querySelector('[data-grouping="on-day"]'))).toContain('cuối năm báo cáo');
      const unknown = page(path).querySelector('[data-grouping="on-day"] [data-place-unknown]')!;
      expect(Number(unknown.getAttribute('data-count'))).toBe(catalog.models.length - withModels.length);
    });

    it('the 2019 report’s today grouping: each commune of today, with its former units and their subtotals', () => {
      const path = '/so-lieu/bao-cao/nam/2019/';
      const since = new Date(Math.max(...catalog.communes.filter((c) => c.current).map((c) => c.data.validFrom!.getTime())));
      expect(textOf(page(path).querySelector('[data-grouping="today"] h2'))).toBe(`Theo đơn vị hành chính hiện nay (từ ${day(since)})`);
      expect(rows(path, 'today')).toEqual(
        catalog.byCommuneToday.flatMap((g) => [[g.key.id, g.models.length, false], ...formerUnitsOf(g).map((f) => [f.key.id, f.models.length, true])]),
      );
    });

    it('the whole-period report groups as the sources name the units, then by today’s communes', () => {
      const html = page('/so-lieu/bao-cao/toan-giai-doan/');
      expect(html.querySelectorAll('[data-grouping]').map((g) => g.getAttribute('data-grouping'))).toEqual(['named', 'today']);
      expect(textOf(html.querySelector('[data-grouping="named"]'))).toContain('đúng như nguồn ghi');
    });

    it('a new commune’s report lists its models by former unit, with subtotals', () => {
      const merged = catalog.byCommuneToday.filter((g) => g.formerUnits.length > 1 && g.models.length > 0);
      expect(merged.length).toBeGreaterThan(0);
      for (const group of merged) {
        const path = `/so-lieu/bao-cao/xa/${group.key.id}/`;
        expect(rows(path, 'former')).toEqual(formerUnitsOf(group).map((f) => [f.key.id, f.models.length, false]));
        const lists = page(path).querySelectorAll('[data-review-list]');
        const filled = formerUnitsOf(group).filter((f) => f.models.length > 0);
        expect(lists.map((l) => textOf(l.querySelector('h3')))).toEqual(filled.map((f) => `${f.key.label} (${f.key.period}) (${f.models.length} mô hình)`));
        expect(lists.map((l) => l.querySelectorAll('[data-review-model]').map((tr) => tr.getAttribute('data-review-model')).sort())).toEqual(filled.map((f) => f.models.map((m) => m.id).sort()));
        expect(textOf(page(path).querySelector('[data-place-note]'))).toContain(`được lập từ ${placeList(group.key.formedFrom.map((f) => ({ label: f.label === group.key.label ? `${f.label} cũ` : f.label })))}`);
      }
    });

    it('an old unit’s report says what it became, and links that commune’s report', () => {
      for (const commune of catalog.communes.filter((c) => !c.current)) {
        const note = page(`/so-lieu/bao-cao/xa/${commune.id}/`).querySelector('[data-place-note]')!;
        expect(textOf(note)).toContain(`nay thuộc ${commune.today!.label}, ${commune.today!.province} (${commune.today!.period})`);
        expect(note.querySelector('a')?.getAttribute('href')).toBe(`/so-lieu/bao-cao/xa/${commune.today!.id}/`);
      }
      expect(textOf(page('/so-lieu/bao-cao/xa/dak-ngok/').querySelector('[data-place-note]'))).toContain('nay thuộc xã Đăk Ui, tỉnh Quảng Ngãi (từ 01/07/2025)');
    });

    it('names a model’s former unit with the commune it is part of today', () => {
      const html = page('/so-lieu/bao-cao/nam/2019/');
      for (const model of withModels) {
        const cell = textOf(html.querySelector(`[data-review-model="${model.id}"] td:nth-child(3)`));
        expect(cell).toContain(`${model.commune!.label} (nay thuộc ${model.commune!.today!.label})`);
      }
    });
  });
});
