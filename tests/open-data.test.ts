/** The open-data files in dist/: JSON and CSV (parsed back) agree with the counters computed from content. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { DatasetJson } from '../src/lib/data/open-data';
import { builtFile, loadSeedCatalog, page, textOf } from './site-content';

const catalog = loadSeedCatalog();
const { totals } = catalog;

function json(path: string): DatasetJson {
  return JSON.parse(builtFile(path).toString('utf8')) as DatasetJson;
}

function csv(path: string): { header: string[]; rows: Record<string, string>[] } {
  const text = builtFile(path).toString('utf8');
  const [header] = parse(text, { bom: true, to_line: 1 }) as string[][];
  return { header: header!, rows: parse(text, { bom: true, columns: true }) };
}

/** Sum of a numeric column over the rows that fill it, and how many do: unknown cells are empty. */
function sumColumn(rows: Record<string, string>[], column: string): { sum: number; known: number } {
  const filled = rows.map((r) => r[column]).filter((cell) => cell !== '' && cell !== undefined);
  return { sum: filled.reduce((acc, cell) => acc + Number(cell), 0), known: filled.length };
}

describe('/du-lieu/mo-hinh.json', () => {
  const data = json('/du-lieu/mo-hinh.json');

  it('holds every published model once', () => {
    expect(data.count).toBe(catalog.models.length);
    expect(data.models.map((m) => m.id)).toEqual(catalog.models.map((m) => m.id));
  });

  it('adds up to the counters: 294.000.000 đ over 4/7 models, benefit 150.000.000 đ kept apart', () => {
    const funded = data.models.filter((m) => m.funding !== null);
    expect(funded).toHaveLength(totals.funding.coverage.known);
    expect(funded.reduce((sum, m) => sum + m.funding!.total, 0)).toBe(totals.funding.total!.value);
    expect(totals.funding.total!.value).toBe(294_000_000);
    expect(data.models.flatMap((m) => (m.benefit ? [m.benefit] : []))).toEqual([{ amount: 150_000_000, atLeast: true }]);
    expect(data.models.filter((m) => m.yearStarted === null)).toHaveLength(7);
  });

  it('states the licence as not yet decided rather than inventing one', () => {
    expect(data.licence).toBeNull();
    expect(data.licenceNote).toContain('chưa được đơn vị chủ quản công bố');
  });
});

describe('/du-lieu/mo-hinh.csv', () => {
  const bytes = builtFile('/du-lieu/mo-hinh.csv');
  const { header, rows } = csv('/du-lieu/mo-hinh.csv');

  it('is UTF-8 with a byte-order mark, so Excel shows Vietnamese', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(rows.map((r) => r.title)).toEqual(catalog.models.map((m) => m.data.title));
  });

  it('parses back to the same figures as the JSON and the counters', () => {
    const funding = sumColumn(rows, 'funding_total');
    expect(funding).toEqual({ sum: 294_000_000, known: 4 });
    expect(sumColumn(rows, 'benefit')).toEqual({ sum: 150_000_000, known: 1 });
    expect(sumColumn(rows, 'funding_not_broken_down').sum).toBe(totals.funding.notBrokenDown!.value);
    const bySource = header.filter((h) => h.startsWith('funding_') && !['funding_total', 'funding_at_least', 'funding_not_broken_down'].includes(h));
    const sources = bySource.reduce((sum, column) => sum + sumColumn(rows, column).sum, 0);
    expect(sources + totals.funding.notBrokenDown!.value).toBe(294_000_000);
    expect(sumColumn(rows, 'year_started').known).toBe(0);
  });

  it('keeps the cells that the source does not give empty, never 0', () => {
    const road = rows.find((r) => r.id === 'tuyen-duong-hoa-dak-ngok')!;
    for (const column of ['funding_total', 'benefit', 'year_started', 'replicated', 'beneficiaries']) expect(road[column]).toBe('');
    expect(rows.find((r) => r.id === 'quy-vi-hoc-sinh-kho-khan-chu-van-an')!.beneficiaries).toBe('821 lượt học sinh có hoàn cảnh khó khăn');
  });

  it('has the columns the data page documents, in the same order', () => {
    expect(page('/du-lieu/').querySelectorAll('[data-columns] tbody th').map(textOf)).toEqual(header);
  });
});

describe('the commune then and now', () => {
  const { header, rows } = csv('/du-lieu/mo-hinh.csv');
  const data = json('/du-lieu/mo-hinh.json');
  const then = ['commune_id', 'commune', 'commune_code', 'commune_valid_from', 'commune_valid_to', 'commune_province', 'commune_district'];
  const now = ['commune_now_id', 'commune_now_code', 'commune_now', 'commune_now_province', 'commune_now_valid_from'];
  const iso = (d: Date | undefined) => (d ? d.toISOString().slice(0, 10) : '');

  it('has columns for the commune as the source names it and for today’s commune, documented on /du-lieu/', () => {
    expect(header).toEqual(expect.arrayContaining([...then, ...now]));
    const documented = page('/du-lieu/').querySelectorAll('[data-columns] tbody tr').map((tr) => [textOf(tr.querySelector('th')), textOf(tr.querySelector('td'))]);
    for (const key of [...then, ...now]) expect(documented.find(([k]) => k === key)?.[1]?.length ?? 0).toBeGreaterThan(10);
  });

  it('gives each model that names a commune its code and period then, and today’s commune with its code', () => {
    const placed = catalog.models.filter((m) => m.commune);
    expect(placed.length).toBeGreaterThan(0);
    for (const model of placed) {
      const c = model.commune!;
      const today = catalog.communes.find((t) => t.id === c.today?.id)!;
      const cells = Object.fromEntries([...then, ...now].map((k) => [k, rows.find((r) => r.id === model.id)![k]]));
      expect(cells).toEqual({
        commune_id: c.id,
        commune: c.label,
        commune_code: c.data.code,
        commune_valid_from: iso(c.data.validFrom),
        commune_valid_to: iso(c.data.validTo),
        commune_province: c.data.province,
        commune_district: c.data.district ?? '',
        commune_now_id: today.id,
        commune_now_code: today.data.code,
        commune_now: today.label,
        commune_now_province: today.data.province,
        commune_now_valid_from: iso(today.data.validFrom),
      });
      const record = data.models.find((m) => m.id === model.id)!;
      expect(record.commune).toEqual({ id: c.id, name: c.label, code: c.data.code, validFrom: c.data.validFrom ? iso(c.data.validFrom) : null, validTo: iso(c.data.validTo), province: c.data.province, district: c.data.district ?? null });
      expect(record.communeNow).toEqual({ id: today.id, name: today.label, code: today.data.code, province: today.data.province, validFrom: iso(today.data.validFrom) });
    }
  });

  it('has the right values for the two seed models with a commune: the same code 23510 in two periods', () => {
    const pick = (id: string) => rows.find((r) => r.id === id)!;
    const haMon = pick('khu-dan-cu-kieu-mau-thon-thong-nhat');
    expect([haMon.commune_id, haMon.commune_code, haMon.commune_now_id, haMon.commune_now_code]).toEqual(['ha-mon', '23521', 'dak-ha-2025', '23500']);
    const dakNgok = pick('tuyen-duong-hoa-dak-ngok');
    expect([dakNgok.commune_id, dakNgok.commune_code, dakNgok.commune_valid_to, dakNgok.commune_now_id, dakNgok.commune_now_code, dakNgok.commune_now_valid_from]).toEqual(['dak-ngok', '23510', '2025-06-30', 'dak-ui-2025', '23510', '2025-07-01']);
  });

  it('leaves every commune cell empty, and null in JSON, for a model without a commune', () => {
    const without = catalog.models.filter((m) => !m.commune);
    expect(without.length).toBeGreaterThan(0);
    for (const model of without) {
      const row = rows.find((r) => r.id === model.id)!;
      for (const key of [...then, ...now]) expect(row[key]).toBe('');
      const record = data.models.find((m) => m.id === model.id)!;
      expect([record.commune, record.communeNow]).toEqual([null, null]);
    }
  });

  it('explains on /du-lieu/ that a code is read with its period, listing the codes that were reused', () => {
    const html = page('/du-lieu/');
    const byCode = new Map<string, string[]>();
    for (const c of catalog.communes) if (c.data.code) byCode.set(c.data.code, [...(byCode.get(c.data.code) ?? []), c.id]);
    const reused = [...byCode.entries()].filter(([, ids]) => ids.length > 1).map(([code]) => code).sort();
    expect(reused).toEqual(['23500', '23504', '23510', '23512', '23515']);
    expect(html.querySelectorAll('[data-reused-codes] li code').map(textOf)).toEqual(reused);
    expect(textOf(html.querySelector('[data-code-note]'))).toContain('chỉ có nghĩa khi đọc cùng thời kỳ');
    expect(textOf(html.querySelector('[data-reused-codes]'))).toContain('23510 : xã Đăk Ngọk (đến 30/06/2025); xã Đăk Ui (từ 01/07/2025)');
  });
});

describe('files per commune, unit and report year', () => {
  const all = csv('/du-lieu/mo-hinh.csv');
  const groups = [
    ...catalog.byCommune.map((g) => ({ page: g.key.url, file: `/du-lieu/xa/${g.key.id}`, models: g.models })),
    ...catalog.byUnit.flatMap((s) => s.units).map((g) => ({ page: g.key.url, file: `/du-lieu/don-vi/${g.key.id}`, models: g.models })),
  ];

  it.each(groups.map((g) => [g.file, g] as const))('%s: linked from its index page, same header, the group’s models', (file, group) => {
    const links = page(group.page).querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining([`${file}.csv`, `${file}.json`]));
    const { header, rows } = csv(`${file}.csv`);
    expect(header).toEqual(all.header);
    expect(rows.map((r) => r.id)).toEqual(group.models.map((m) => m.id));
    expect(json(`${file}.json`).models.map((m) => m.id)).toEqual(group.models.map((m) => m.id));
  });

  it('has a file for each of the units, old and new; a new commune’s holds the models of its former units', () => {
    expect(catalog.byCommune.map((g) => g.key.id).sort()).toEqual(catalog.communes.map((c) => c.id).sort());
    for (const group of catalog.byCommuneToday) {
      const ids = csv(`/du-lieu/xa/${group.key.id}.csv`).rows.map((r) => r.id).sort();
      expect(ids).toEqual(catalog.models.filter((m) => group.formerUnits.some((f) => f.key.id === m.data.commune)).map((m) => m.id).sort());
    }
  });

  it('has the 2019 report year file with all seven models', () => {
    expect(csv('/du-lieu/nam-bao-cao/2019.csv').rows).toHaveLength(7);
  });

  it('lists every file on the data page, and every listed file exists', () => {
    const hrefs = page('/du-lieu/').querySelectorAll('[data-files] a').map((a) => a.getAttribute('href')!);
    expect(hrefs).toEqual(expect.arrayContaining(groups.flatMap((g) => [`${g.file}.csv`, `${g.file}.json`])));
    for (const href of hrefs) expect(() => builtFile(href)).not.toThrow();
  });

  it('is linked from the all-models, commune and unit indexes', () => {
    for (const path of ['/mo-hinh/', '/xa/', '/don-vi/']) {
      expect(page(path).querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(expect.arrayContaining(['/du-lieu/mo-hinh.csv', '/du-lieu/mo-hinh.json']));
    }
  });
});
