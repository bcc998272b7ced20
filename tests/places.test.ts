/** Places then and now on the built pages: model pages, unit pages, the communes index and each unit's page. */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { loadSeedCatalog, page, textOf } from './site-content';

const catalog = loadSeedCatalog();

/** Text as a reader sees it: no space before punctuation that textOf puts between elements. */
function readable(element: HTMLElement | null | undefined): string {
  return textOf(element).replace(/ ([,.;:)])/g, '$1').replace(/\( /g, '(');
}

function hrefs(element: HTMLElement | null | undefined): string[] {
  return element?.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '') ?? [];
}

describe('model pages name the commune then and now', () => {
  it('says where the flower road of Đăk Ngọk is today, with a link, as the issue asks', () => {
    const fact = page('/mo-hinh/tuyen-duong-hoa-dak-ngok/').querySelector('[data-fact="commune"]');
    expect(readable(fact)).toBe('xã Đăk Ngọk, huyện Đăk Hà, tỉnh Kon Tum nay thuộc xã Đăk Ui, tỉnh Quảng Ngãi (từ 01/07/2025)');
    expect(hrefs(fact)).toEqual(['/xa/dak-ngok/', '/xa/dak-ui-2025/']);
  });

  it('does so for every model with a commune, from the data; a model without one says it is not known', () => {
    for (const model of catalog.models) {
      const fact = page(model.url).querySelector('[data-fact="commune"]');
      if (!model.commune) {
        expect(readable(fact)).toBe('chưa có số liệu');
        continue;
      }
      const today = model.commune.today!;
      expect(readable(fact?.querySelector('[data-fact="commune-today"]'))).toBe(`nay thuộc ${today.label}, ${today.province} (${today.period})`);
      expect(hrefs(fact)).toEqual([model.commune.url, today.url]);
    }
  });

  it('keeps the article’s own words: the body still names the old commune', () => {
    expect(readable(page('/mo-hinh/khu-dan-cu-kieu-mau-thon-thong-nhat/').querySelector('.prose'))).toContain('Hà Mòn');
  });

  it('says where a unit named after an old commune is today, on the unit’s page', () => {
    const unit = catalog.units.find((u) => u.commune?.today)!;
    const meta = page(unit.url).querySelector('h1 + p.meta');
    expect(readable(meta)).toContain(`${unit.commune!.label}, nay thuộc ${unit.commune!.today!.label}, ${unit.commune!.today!.province} (${unit.commune!.today!.period})`);
    expect(hrefs(meta)).toContain(unit.commune!.today!.url);
  });
});

describe('the communes index', () => {
  const index = page('/xa/');

  it('lists today’s communes with their former units beneath, each with its count', () => {
    const items = index.querySelectorAll('.place-tree > li');
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual(catalog.byCommuneToday.map((g) => g.key.url));
    for (const [i, today] of catalog.byCommuneToday.entries()) {
      expect(readable(items[i])).toContain(`${today.key.label}, ${today.key.data.province} (${today.models.length} mô hình; ${today.key.period})`);
      expect(items[i]!.querySelectorAll('ul a').map((a) => a.getAttribute('href'))).toEqual(today.key.formedFrom.map((f) => f.url));
      const formerCounts = items[i]!.querySelectorAll('ul li').map((li) => Number(/\((\d+) mô hình/.exec(readable(li))?.[1]));
      expect(formerCounts).toEqual(today.key.formedFrom.map((f) => catalog.byCommune.find((g) => g.key.id === f.id)!.models.length));
    }
  });

  it('says when and by which act, counted from the data', () => {
    const former = catalog.communes.filter((c) => !c.current).length;
    expect(readable(index.querySelector('.lead'))).toBe(`Từ 01/07/2025, theo Nghị quyết 1677/NQ-UBTVQH15 ngày 16/06/2025, ${former} đơn vị hành chính cấp xã của huyện Đăk Hà, tỉnh Kon Tum được sắp xếp thành ${catalog.byCommuneToday.length} xã của tỉnh Quảng Ngãi.`);
    expect(index.querySelectorAll('#can-cu + ul li').map(readable)).toEqual(catalog.acts.map((a) => expect.stringContaining(a.label)));
  });
});

describe('each unit’s page', () => {
  it('a commune of today lists the models of all its former units, grouped, with subtotals', () => {
    for (const today of catalog.byCommuneToday) {
      const html = page(today.key.url);
      const sections = html.querySelectorAll('section.former-unit');
      expect(sections.map((s) => s.querySelector('h3 a')?.getAttribute('href'))).toEqual(today.formerUnits.map((f) => f.key.url));
      for (const [i, former] of today.formerUnits.entries()) {
        expect(sections[i]!.querySelectorAll('.card')).toHaveLength(former.models.length);
        expect(readable(sections[i]!.querySelector('h3'))).toContain(`${former.models.length} mô hình`);
        // Subtotals only where there are models; an empty unit says so instead of showing zeros.
        expect(sections[i]!.querySelectorAll('.totals')).toHaveLength(former.models.length > 0 ? 1 : 0);
      }
      expect(html.querySelectorAll('.card')).toHaveLength(today.models.length);
      expect(readable(html.querySelector('[data-note="formation"]'))).toMatch(new RegExp(`^Từ ${today.key.period.replace('từ ', '')}, ${today.key.label} gồm toàn bộ .* của huyện Đăk Hà, tỉnh Kon Tum \\(Nghị quyết 1677/NQ-UBTVQH15 ngày 16/06/2025\\)\\.$`));
      expect(hrefs(html.querySelector('[data-note="formation"]'))).toEqual(today.key.formedFrom.map((f) => f.url));
    }
  });

  it('a former unit names its code with its period and links what it became', () => {
    for (const former of catalog.communes.filter((c) => !c.current)) {
      const html = page(former.url);
      expect(readable(html.querySelector('h1'))).toBe(`Mô hình ở ${former.label} (đến 30/06/2025)`);
      expect(readable(html.querySelector('.place .lead'))).toBe(`${former.label}, huyện Đăk Hà, tỉnh Kon Tum · mã ${former.data.code} (đến 30/06/2025)`);
      expect(readable(html.querySelector('[data-note="succession"]'))).toBe(`Từ 01/07/2025, ${former.label} nhập vào ${former.today!.label}, tỉnh Quảng Ngãi (Nghị quyết 1677/NQ-UBTVQH15 ngày 16/06/2025).`);
      expect(hrefs(html.querySelector('[data-note="succession"]'))).toEqual([former.today!.url]);
    }
  });

  it('keeps the trap apart: Hà Mòn is in today’s xã Đăk Hà, whose code 23500 was the thị trấn’s', () => {
    const haMon = page('/xa/ha-mon/');
    expect(hrefs(haMon.querySelector('[data-note="succession"]'))).toEqual(['/xa/dak-ha-2025/']);
    expect(readable(page('/xa/dak-ha-2025/').querySelector('.place .lead'))).toBe('xã Đăk Hà, tỉnh Quảng Ngãi · mã 23500 (từ 01/07/2025)');
    expect(readable(page('/xa/dak-ha/').querySelector('.place .lead'))).toBe('thị trấn Đăk Hà, huyện Đăk Hà, tỉnh Kon Tum · mã 23500 (đến 30/06/2025)');
  });
});
