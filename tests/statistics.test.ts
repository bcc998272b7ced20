/** The statistics page: every figure agrees with the counters computed from content. */
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { coverage, quantity, vnd } from '../src/lib/catalog/figures';
import { formatNumber, formatVnd } from '../src/lib/text/format';
import { fundingSourceLabel } from '../src/lib/catalog/labels';
import { loadSeedCatalog, page, textOf } from './site-content';

const catalog = loadSeedCatalog();
const { totals, models } = catalog;
const html = page('/so-lieu/');

interface DrawnBar {
  label: string;
  value: number;
  figure: string;
  width: number;
  tone: string;
}

/** What the SVG of a chart draws: each bar's label, value, written figure and length. */
function drawn(chart: HTMLElement): DrawnBar[] {
  return chart.querySelectorAll('svg [data-bar]').map((g) => ({
    label: g.querySelectorAll('tspan').map(textOf).join(' '),
    value: Number(g.getAttribute('data-value')),
    figure: textOf(g.querySelector('[data-bar-value]')),
    width: Number(g.querySelector('rect')?.getAttribute('width')),
    tone: g.getAttribute('data-tone') ?? '',
  }));
}

/** The table under a chart: [label, figure] per row. */
function tabled(chart: HTMLElement): string[][] {
  return chart.querySelectorAll('[data-chart-table] tbody tr').map((tr) => [textOf(tr.querySelector('th')), textOf(tr.querySelector('td'))]);
}

function chart(id: string): HTMLElement {
  const found = html.querySelector(`[data-chart="${id}"]`);
  if (!found) throw new Error(`Không có biểu đồ ${id} trên /so-lieu/`);
  return found;
}

/** The bars as label → figure, for comparing with what content says. */
function figures(id: string): Record<string, string> {
  return Object.fromEntries(drawn(chart(id)).map((b) => [b.label, b.figure]));
}

describe('/so-lieu/', () => {
  it('is one page with the h1 “Số liệu”, reachable from the main navigation, with no script', () => {
    expect(html.querySelectorAll('h1').map(textOf)).toEqual(['Số liệu']);
    expect(page('/').querySelectorAll('.site-nav a').map((a) => [textOf(a), a.getAttribute('href')])).toContainEqual(['Số liệu', '/so-lieu/']);
    expect(html.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
  });

  it('shows the counters computed from content: 294.000.000 đ of 4/7 models, the benefit apart', () => {
    const counter = (name: string) => textOf(html.querySelector(`[data-counter="${name}"] dd`));
    expect(counter('funding')).toBe(`${vnd(totals.funding.total)} ${coverage(totals.funding.coverage)}`);
    expect(counter('funding')).toBe('294.000.000 đ của 4/7 mô hình có số liệu');
    expect(counter('benefit')).toBe('trên 150.000.000 đ của 1/7 mô hình có số liệu; không cộng vào kinh phí');
    expect(counter('models')).toBe(`${models.length} ${totals.counts.collective} tập thể, ${totals.counts.individual} cá nhân`);
    expect(textOf(html)).not.toContain(formatVnd(294_000_000 + 150_000_000));
  });

  it('puts the declared totals beside the documented ones (7/23)', () => {
    expect(html.querySelectorAll('[data-declared-row]').map(textOf)).toEqual([
      'Tổng số mô hình 23 7/23 mô hình đã có bài',
      'Mô hình tập thể 21 6/21 mô hình đã có bài',
      'Mô hình cá nhân 2 1/2 mô hình đã có bài',
      'Mô hình được nhân rộng 3 0/3 mô hình đã có bài',
    ]);
  });

  it('draws every chart as an accessible SVG followed by a table of the same figures, with its coverage', () => {
    const charts = html.querySelectorAll('[data-chart]');
    expect(charts.length).toBeGreaterThanOrEqual(7);
    for (const c of charts) {
      const svg = c.querySelector('svg')!;
      // A chart whose bars link to their pages is a group of links; one without links is an image.
      const links = svg.querySelectorAll('a');
      expect(svg.getAttribute('role')).toBe(links.length > 0 ? 'group' : 'img');
      for (const a of links) {
        const bar = a.querySelector('[data-bar]')!;
        expect(textOf(a)).toBe(`${bar.querySelectorAll('tspan').map(textOf).join(' ')} ${textOf(bar.querySelector('[data-bar-value]'))}`);
        expect(a.getAttribute('href')).toMatch(/^\/[a-z0-9/-]+\/$/);
      }
      const [titleId, descId] = [svg.getAttribute('aria-labelledby'), svg.getAttribute('aria-describedby')];
      expect(textOf(svg.querySelector(`title#${titleId}`))).toBe(textOf(c.querySelector('h2, h3')));
      const desc = textOf(svg.querySelector(`desc#${descId}`));
      const bars = drawn(c);
      expect(bars.length).toBeGreaterThan(0);
      expect(tabled(c)).toEqual(bars.map((b) => [b.label, b.figure]));
      for (const bar of bars) expect(desc).toContain(`${bar.label}: ${bar.figure}`);
      expect(textOf(c.querySelector('[data-coverage]'))).toMatch(/\d+\/\d+ mô hình/);
    }
  });

  it('draws bar lengths in proportion to the values they are given', () => {
    for (const c of html.querySelectorAll('[data-chart]')) {
      const bars = drawn(c);
      const longest = bars.reduce((a, b) => (b.value > a.value ? b : a));
      for (const bar of bars) expect(bar.width).toBeCloseTo((bar.value / longest.value) * longest.width, 1);
    }
  });

  it('counts models by field as the content does', () => {
    const byField = figures('theo-linh-vuc');
    for (const field of catalog.fields) expect(byField[field.data.name]).toBe(formatNumber(models.filter((m) => m.data.fields.includes(field.id)).length));
  });

  describe('by commune, both ways', () => {
    const section = html.querySelector('[data-commune-charts]')!;
    const named = new Set(models.flatMap((m) => m.data.commune ?? []));
    const unknown = models.filter((m) => !m.data.commune).length;
    /** The bars of a chart as [label, figure, link], in the order drawn. */
    const linked = (id: string) => chart(id).querySelectorAll('svg [data-bar]').map((g) => [g.querySelectorAll('tspan').map(textOf).join(' '), textOf(g.querySelector('[data-bar-value]')), g.parentNode?.getAttribute('href') ?? null]);

    it('says which chart is which, links the communes page, and draws today’s communes first', () => {
      expect(section.querySelectorAll('[data-chart]').map((c) => c.getAttribute('data-chart'))).toEqual(['theo-xa-hien-nay', 'theo-xa-luc-nguon-ghi']);
      const note = section.querySelector('[data-commune-charts-note]')!;
      expect(note.querySelector('a')?.getAttribute('href')).toBe('/xa/');
      const today = catalog.communes.filter((c) => c.current);
      const since = new Date(Math.max(...today.map((c) => c.data.validFrom!.getTime())));
      const day = since.toISOString().slice(0, 10).split('-').reverse().join('/');
      expect(textOf(note)).toContain(`Từ ${day}, ${catalog.communes.filter((c) => !c.current).length} xã, thị trấn được sắp xếp thành ${today.length} xã.`);
      expect(textOf(chart('theo-xa-hien-nay').querySelector('h3'))).toBe(`Mô hình theo xã hiện nay (từ ${day})`);
      expect(textOf(chart('theo-xa-luc-nguon-ghi').querySelector('h3'))).toBe(`Mô hình theo xã, thị trấn lúc nguồn ghi (trước ${day})`);
    });

    it('today: each commune of today with the models of its former units, linked to its page', () => {
      const bars = linked('theo-xa-hien-nay');
      const expected = catalog.byCommuneToday.map((g) => [g.key.label, formatNumber(models.filter((m) => g.formerUnits.some((f) => f.key.id === m.data.commune)).length), g.key.url]);
      expect(bars.filter((b) => b[2] !== null).sort()).toEqual(expected.sort());
      expect(bars.filter((b) => b[1] !== '0').length).toBeGreaterThan(0);
    });

    it('as the sources name them: every former unit, each with the models that name it, linked to its page', () => {
      const bars = linked('theo-xa-luc-nguon-ghi');
      const units = catalog.communes.filter((c) => !c.current || named.has(c.id));
      expect(bars.filter((b) => b[2] !== null).sort()).toEqual(units.map((c) => [c.label, formatNumber(models.filter((m) => m.data.commune === c.id).length), c.url]).sort());
    });

    it('shows the models without a commune as unknown, never as zero, with the coverage', () => {
      for (const id of ['theo-xa-hien-nay', 'theo-xa-luc-nguon-ghi']) {
        const bar = drawn(chart(id)).find((b) => b.label === 'Chưa rõ xã, thị trấn');
        expect([bar?.figure, bar?.tone]).toEqual([String(unknown), 'unknown']);
        expect(textOf(chart(id).querySelector('[data-coverage]'))).toBe(`${models.length - unknown}/${models.length} mô hình ghi rõ xã, thị trấn.`);
      }
    });
  });

  it('shows the start year as unknown for all seven models, never a guessed year', () => {
    expect(drawn(chart('theo-nam')).map((b) => [b.label, b.value, b.tone])).toEqual([['Chưa rõ năm bắt đầu', 7, 'unknown']]);
    expect(textOf(chart('theo-nam').querySelector('[data-coverage]'))).toBe('0/7 mô hình ghi rõ năm bắt đầu.');
  });

  it('counts collective and individual models', () => {
    expect(figures('tap-the-ca-nhan')).toEqual({ 'Tập thể': '6', 'Cá nhân': '1' });
  });

  it('shows funding by source adding up to the total, with the part not broken down, and no benefit', () => {
    const bars = drawn(chart('kinh-phi-theo-nguon'));
    expect(bars.reduce((sum, b) => sum + b.value, 0)).toBe(totals.funding.total!.value);
    expect(bars.map((b) => [b.label, b.figure])).toEqual([
      ...totals.funding.bySource.map((s) => [fundingSourceLabel(s.from), vnd(s.amount)]),
      ['Chưa phân tách nguồn', '40.000.000 đ'],
    ]);
    expect(bars.at(-1)?.tone).toBe('rest');
    expect(textOf(chart('kinh-phi-theo-nguon').querySelector('[data-coverage]'))).toBe('4/7 mô hình có số liệu kinh phí; tổng 294.000.000 đ.');
    expect(textOf(chart('kinh-phi-theo-nguon'))).not.toContain('150.000.000');
  });

  it('shows beneficiaries per group in one chart per counting unit, never summed across units', () => {
    const charts = html.querySelectorAll('[data-chart^="nguoi-huong-loi-"]');
    const shown = charts.flatMap((c) => drawn(c).map((b) => b.figure + ' ' + b.label));
    expect(shown.sort()).toEqual(totals.beneficiaries.map((line) => `${quantity(line.count, line.unit)} ${line.group}`).sort());
    for (const c of charts) expect(new Set(drawn(c).map((b) => b.figure.split(' ').at(-1))).size).toBe(1);
    expect(textOf(html)).not.toMatch(/\b(846|869|844|869)\b/);
  });

  it('counts replications: unknown rather than zero, no copies and no chain in the seed', () => {
    expect(textOf(html.querySelector('[data-replication="replicated"]'))).toBe('chưa có số liệu (0/7 mô hình ghi rõ)');
    expect(textOf(html.querySelector('[data-replication="copies"]'))).toBe('0');
    expect(html.querySelectorAll('[data-chain]')).toHaveLength(0);
  });

  it('links the open data and the printable reports', () => {
    const links = html.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/du-lieu/mo-hinh.csv', '/du-lieu/mo-hinh.json', '/du-lieu/', '/so-lieu/bao-cao/']));
  });
});
