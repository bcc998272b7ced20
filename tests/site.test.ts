import { describe, expect, it } from 'vitest';
import { vnd } from '../src/lib/catalog/figures';
import { formatVnd } from '../src/lib/text/format';
import { loadSeedCatalog, page, textOf } from './site-content';

const catalog = loadSeedCatalog();

function counter(path: string, name: string): string {
  return textOf(page(path).querySelector(`[data-counter="${name}"] dd`));
}

describe('home page', () => {
  const home = page('/');

  it('is Vietnamese, with one h1', () => {
    expect(home.querySelector('html')?.getAttribute('lang')).toBe('vi');
    expect(home.querySelectorAll('h1')).toHaveLength(1);
  });

  it('shows the seed’s documented funding: 12 + 80 + 12 + 190 triệu = 294.000.000 đ, of 4/7 models', () => {
    expect(counter('/', 'funding')).toBe('294.000.000 đ của 4/7 mô hình có số liệu');
  });

  it('keeps the 150 triệu of benefit apart from funding', () => {
    expect(counter('/', 'benefit')).toBe('trên 150.000.000 đ của 1/7 mô hình có số liệu; không cộng vào kinh phí');
    expect(textOf(home)).not.toContain(formatVnd(294_000_000 + 150_000_000));
  });

  it('counts models by kind, and replication as unknown rather than zero', () => {
    expect(counter('/', 'models')).toBe('7 6 tập thể, 1 cá nhân');
    expect(counter('/', 'replicated')).toBe('chưa có số liệu 0/7 mô hình ghi rõ');
  });

  it('lists beneficiaries per unit without adding lượt to hộ', () => {
    const lines = home.querySelectorAll('[data-beneficiaries] li').map(textOf);
    expect(lines).toEqual(expect.arrayContaining(['821 lượt học sinh có hoàn cảnh khó khăn', '25 hộ dân được hướng dẫn, hỗ trợ kỹ thuật chăn nuôi', '23 lượt đoàn viên, CNVCLĐ có hoàn cảnh khó khăn']));
    expect(textOf(home)).not.toMatch(/846|869/);
  });

  it('shows the funding breakdown with the part not broken down', () => {
    const rows = home.querySelectorAll('.totals table tbody tr').map((tr) => textOf(tr));
    expect(rows).toEqual([
      'Nhân dân và doanh nghiệp 230.000.000 đ',
      'Đoàn viên 12.000.000 đ',
      'Nhân dân 12.000.000 đ',
      'Chưa phân tách nguồn 40.000.000 đ',
    ]);
  });

  it('states declared against documented', () => {
    expect(textOf(home.querySelector('[data-documented-share]'))).toBe('7/23 mô hình đã có bài');
  });

  it('links to every commune, unit, field and year that has models', () => {
    const links = new Set(home.querySelectorAll('a').map((a) => a.getAttribute('href')));
    for (const group of [...catalog.byCommune, ...catalog.byField].filter((g) => g.models.length > 0)) expect(links).toContain(group.key.url);
    for (const year of catalog.byYear) expect(links).toContain(year.url);
  });
});

describe('model pages', () => {
  it.each(catalog.models.map((m) => [m.id, m] as const))('%s carries its facts', (id, model) => {
    const html = page(`/mo-hinh/${id}/`);
    expect(textOf(html.querySelector('h1'))).toBe(model.data.title);
    expect(html.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(model.data.summary);
    const fact = (name: string) => textOf(html.querySelector(`[data-fact="${name}"]`));
    expect(fact('unit')).toBe(model.unit?.data.name ?? 'chưa có số liệu');
    expect(textOf(html.querySelector('[data-fact="commune"] a'))).toBe(model.commune?.label ?? '');
    if (!model.commune) expect(fact('commune')).toBe('chưa có số liệu');
    expect(html.querySelectorAll('[data-fact="fields"] a').map((a) => [textOf(a), a.getAttribute('href')])).toEqual(model.fields.map((f) => [f.data.name, f.url]));
    expect(fact('year')).toBe(model.data.yearStarted ? String(model.data.yearStarted) : 'chưa có số liệu');
    if (model.data.funding) expect(fact('funding').startsWith(vnd({ value: model.data.funding.total, atLeast: model.data.funding.atLeast }))).toBe(true);
    else expect(fact('funding')).toBe('chưa có số liệu');
    if (model.data.benefit) expect(fact('benefit')).toBe(vnd({ value: model.data.benefit.amount, atLeast: model.data.benefit.atLeast }));
    else expect(fact('benefit')).toBe('chưa có số liệu');
    expect(fact('replicated')).toBe('chưa có số liệu');
    expect(textOf(html.querySelector('.prose')).length).toBeGreaterThan(200);
  });

  it('shows the Chợ quê breakdown with the 40.000.000 đ not broken down', () => {
    const rows = page('/mo-hinh/cho-que-mam-non-hoa-hong/').querySelectorAll('[data-fact="funding"] tbody tr').map(textOf);
    expect(rows).toEqual(['Nhân dân và doanh nghiệp 40.000.000 đ', 'Chưa phân tách nguồn 40.000.000 đ']);
  });

  it('names the person of the individual model and keeps "trên"', () => {
    const html = page('/mo-hinh/chan-nuoi-ga-vit-dao-thi-chien/');
    expect(textOf(html.querySelector('[data-fact="kind"]'))).toBe('Cá nhân — Đào Thị Chiên');
    expect(textOf(html.querySelector('[data-fact="beneficiaries"]'))).toBe('25 hộ dân được hướng dẫn, hỗ trợ kỹ thuật chăn nuôi');
    expect(textOf(html.querySelector('[data-fact="benefit"]'))).toBe('trên 150.000.000 đ');
  });

  it('shows the village and the 100 % outcome of the model residential area', () => {
    const html = page('/mo-hinh/khu-dan-cu-kieu-mau-thon-thong-nhat/');
    expect(textOf(html.querySelector('[data-fact="village"]'))).toBe('thôn Thống Nhất');
    expect(textOf(html.querySelector('[data-fact="outcomes"]'))).toBe('100% hộ dân thôn Thống Nhất đồng thuận xây dựng Khu dân cư kiểu mẫu');
  });
});

describe('index pages', () => {
  it('has a page for each of the eleven former units and the five communes of today, with its subtotals', () => {
    expect(catalog.byCommune).toHaveLength(16);
    for (const group of catalog.byCommune) {
      const html = page(group.key.url);
      expect(textOf(html.querySelector('h1'))).toBe(group.key.current ? `Mô hình ở ${group.key.label}` : `Mô hình ở ${group.key.label} (đến 30/06/2025)`);
      expect(html.querySelectorAll('.card-list .card')).toHaveLength(group.models.length);
      if (group.models.length > 0) expect(counter(group.key.url, 'funding')).toContain(`${group.totals.funding.coverage.known}/${group.models.length}`);
    }
  });

  it('has a page per unit with its models and subtotals; schools grouped by level', () => {
    const chuVanAn = catalog.byUnit.flatMap((s) => s.units).find((g) => g.key.id === 'cdcs-truong-thcs-chu-van-an')!;
    expect(counter(chuVanAn.key.url, 'funding')).toBe('190.000.000 đ của 1/1 mô hình có số liệu');
    const toVinhDien = page('/don-vi/cdcs-truong-tieu-hoc-to-vinh-dien/');
    expect(toVinhDien.querySelectorAll('.card-list .card')).toHaveLength(2);
    expect(counter('/don-vi/cdcs-truong-tieu-hoc-to-vinh-dien/', 'benefit')).toContain('trên 150.000.000 đ');
    expect(page('/don-vi/').querySelectorAll('h2').map(textOf)).toEqual(['Trường mầm non', 'Trường tiểu học', 'Trường trung học cơ sở', 'Xã, thị trấn', 'Cơ quan']);
  });

  it('has a page per field and per year, the unknown year apart', () => {
    for (const group of catalog.byField) expect(page(group.key.url).querySelectorAll('.card-list .card')).toHaveLength(group.models.length);
    expect(catalog.byYear.map((g) => g.url)).toEqual(['/nam/chua-ro/']);
    expect(page('/nam/chua-ro/').querySelectorAll('.card-list .card')).toHaveLength(7);
  });

  it('lists all models and filters collective, individual and replicated', () => {
    expect(page('/mo-hinh/').querySelectorAll('.card')).toHaveLength(7);
    expect(page('/mo-hinh/loai/tap-the/').querySelectorAll('.card')).toHaveLength(6);
    expect(page('/mo-hinh/loai/ca-nhan/').querySelectorAll('.card').map((c) => textOf(c.querySelector('h2')))).toEqual(['Hướng dẫn Nhân dân chăn nuôi gà thịt, vịt siêu trứng']);
    expect(page('/mo-hinh/loai/nhan-rong/').querySelectorAll('.card')).toHaveLength(0);
  });
});

describe('the report page', () => {
  const html = page('/bao-cao/tong-ket-10-nam-dan-van-kheo-2019/');

  it('shows declared totals beside documented ones', () => {
    const rows = html.querySelectorAll('[data-declared-row]').map(textOf);
    expect(rows).toEqual([
      'Tổng số mô hình 23 7/23 mô hình đã có bài',
      'Mô hình tập thể 21 6/21 mô hình đã có bài',
      'Mô hình cá nhân 2 1/2 mô hình đã có bài',
      'Mô hình được nhân rộng 3 0/3 mô hình đã có bài',
    ]);
  });

  it('shows its date, author and the movement-wide results', () => {
    expect(textOf(html.querySelector('time'))).toBe('30/08/2019');
    expect(textOf(html)).toContain('Lê Thị Hải, Phó Chủ tịch LĐLĐ huyện Đăk Hà');
    expect(textOf(html)).toContain('giai đoạn 10 năm, đến năm 2019');
    expect(html.querySelectorAll('[data-results] li').map(textOf)).toEqual([
      '650 vườn rau xanh được xây dựng',
      'trên 1.000 lượt học sinh đến lớp chuyên cần sau khi được vận động',
      '5 km hoa trồng và chăm sóc ven các tuyến đường',
      '4 xã đạt chuẩn Nông thôn mới có đoàn viên, CNVCLĐ tham gia xây dựng',
    ]);
  });
});

describe('every page', () => {
  it('about page exists', () => {
    expect(textOf(page('/gioi-thieu/').querySelector('h1'))).toBe('Giới thiệu');
  });
});
