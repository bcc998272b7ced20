import { describe, expect, it } from 'vitest';
import { content, entry, model } from '../../../tests/fixtures';
import { buildCatalog } from '../catalog/catalog';
import { cardAlt, cardFor, cardSpecs, modelFigure, totalsFigure } from './specs';
import { computeTotals } from '../catalog/totals';

describe('modelFigure', () => {
  it('prefers money mobilised, keeping "trên"', () => {
    expect(modelFigure(model({ funding: { total: 190_000_000, atLeast: false, sources: [] } }))).toEqual({ value: '190 triệu đồng', label: 'kinh phí vận động' });
    expect(modelFigure(model({ funding: { total: 1_200_000_000, atLeast: true, sources: [] } }))?.value).toBe('trên 1,2 tỷ đồng');
  });

  it('falls back to benefit, then people, then a result', () => {
    expect(modelFigure(model({ benefit: { amount: 150_000_000, atLeast: true } }))).toEqual({ value: 'trên 150 triệu đồng', label: 'làm lợi cho Nhân dân' });
    expect(modelFigure(model({ beneficiaries: [{ group: 'học sinh', count: 821, unit: 'lượt', atLeast: false }] }))).toEqual({ value: '821 lượt', label: 'học sinh' });
    expect(modelFigure(model({ outcomes: [{ label: 'hộ dân đồng thuận', value: 100, unit: '%', atLeast: false }] }))).toEqual({ value: '100%', label: 'hộ dân đồng thuận' });
  });

  it('shows no figure when the source gives none, never a zero', () => {
    expect(modelFigure(model())).toBeUndefined();
  });
});

describe('totalsFigure', () => {
  it('states how many models the money covers', () => {
    const totals = computeTotals([model({ funding: { total: 12_000_000, atLeast: false, sources: [] } }), model()]);
    expect(totalsFigure(totals)).toEqual({ value: '12 triệu đồng', label: 'kinh phí vận động, của 1/2 mô hình có số liệu' });
  });

  it('counts models when none reports money, and says nothing for an empty group', () => {
    expect(totalsFigure(computeTotals([model()]))).toEqual({ value: '1 mô hình', label: 'đã có bài giới thiệu' });
    expect(totalsFigure(computeTotals([]))).toBeUndefined();
  });
});

describe('cardSpecs', () => {
  const catalog = buildCatalog(content([entry('cho-que', model({ title: 'Chợ quê', unit: 'mn-hoa-hong', commune: 'dak-ngok' }))]));
  const specs = cardSpecs(catalog);

  it('gives every page one card', () => {
    const pages = specs.map((s) => s.page);
    expect(new Set(pages).size).toBe(pages.length);
    expect(pages).toEqual(expect.arrayContaining(['/', '/mo-hinh/cho-que/', '/xa/dak-ngok/', '/xa/ha-mon/', '/don-vi/mn-hoa-hong/', '/linh-vuc/an-sinh/', '/nam/chua-ro/', '/bao-cao/tk-2019/', '/gioi-thieu/']));
  });

  it('puts the unit and commune of a model on its card', () => {
    const card = cardFor(catalog, '/mo-hinh/cho-que/');
    expect(card).toMatchObject({ kicker: 'Mô hình Dân vận khéo', title: 'Chợ quê', details: ['CĐCS Trường mầm non Hoa Hồng', 'Xã Đăk Ngọk'] });
    expect(card.figure).toBeUndefined();
    expect(cardAlt(card)).toBe('Mô hình Dân vận khéo: Chợ quê. CĐCS Trường mầm non Hoa Hồng. Xã Đăk Ngọk');
  });

  it('says so when a commune has no model yet', () => {
    expect(cardFor(catalog, '/xa/ha-mon/').details).toEqual(['Chưa có mô hình nào được ghi nhận']);
  });

  it('gives the report its declared total', () => {
    expect(cardFor(catalog, '/bao-cao/tk-2019/').figure).toEqual({ value: '23 mô hình', label: 'theo số liệu báo cáo công bố' });
  });

  it('lends the home card to a page without its own', () => {
    expect(cardFor(catalog, '/tim-kiem/').page).toBe('/');
  });
});
