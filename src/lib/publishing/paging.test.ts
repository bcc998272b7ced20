import { describe, expect, it } from 'vitest';
import { GAP, MODELS_PER_PAGE, onFirstPage, pageLabel, pageParam, pagedPaths, previewOf, pagesOf, pageUrl, pageWindow, pagedTitle, pagedTrail, sliceLabel } from './paging';

const items = Array.from({ length: 120 }, (_, i) => i);

describe('pagesOf', () => {
  it('cuts a list into pages of MODELS_PER_PAGE, the last one shorter', () => {
    const pages = pagesOf(items, '/xa/ha-mon/');
    expect(pages.map((p) => p.data.length)).toEqual([MODELS_PER_PAGE, MODELS_PER_PAGE, 20]);
    expect(pages.flatMap((p) => p.data)).toEqual(items);
    expect(pages[1]).toMatchObject({ start: 50, end: 99, total: 120, currentPage: 2, lastPage: 3, size: 50 });
  });

  it('keeps the listing address for page 1 and adds trang/<n>/ after', () => {
    const [one, two, three] = pagesOf(items, '/mo-hinh/');
    expect(one!.url).toEqual({ current: '/mo-hinh/', prev: undefined, next: '/mo-hinh/trang/2/', first: undefined, last: '/mo-hinh/trang/3/' });
    expect(two!.url).toEqual({ current: '/mo-hinh/trang/2/', prev: '/mo-hinh/', next: '/mo-hinh/trang/3/', first: '/mo-hinh/', last: '/mo-hinh/trang/3/' });
    expect(three!.url).toMatchObject({ current: '/mo-hinh/trang/3/', next: undefined, last: undefined });
  });

  it('gives an empty list one empty page', () => {
    const pages = pagesOf([], '/nam/2019/');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ data: [], total: 0, lastPage: 1, url: { current: '/nam/2019/' } });
  });

  it('makes a list of exactly one page size one page', () => {
    expect(pagesOf(items.slice(0, MODELS_PER_PAGE), '/x/')).toHaveLength(1);
    expect(pagesOf(items.slice(0, MODELS_PER_PAGE + 1), '/x/')).toHaveLength(2);
  });
});

describe('page addresses', () => {
  it('matches the route parameter to the address', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(7)).toBe('trang/7');
    expect(pageUrl('/don-vi/a/', 7)).toBe(`/don-vi/a/${pageParam(7)}/`);
  });
});

describe('pageWindow', () => {
  it('lists every page when there are few', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the first, the last and two either side of the current page, with gaps between', () => {
    expect(pageWindow(10, 20)).toEqual([1, GAP, 8, 9, 10, 11, 12, GAP, 20]);
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, GAP, 20]);
    expect(pageWindow(20, 20)).toEqual([1, GAP, 18, 19, 20]);
  });

  it('shows a single skipped number rather than an ellipsis in its place', () => {
    expect(pageWindow(4, 20)).toEqual([1, 2, 3, 4, 5, 6, GAP, 20]);
    expect(pageWindow(5, 8)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('labels', () => {
  const [one, two] = pagesOf(Array.from({ length: 1234 }, (_, i) => i), '/mo-hinh/');
  it('says which page and which slice, in Vietnamese number format', () => {
    expect(pageLabel(two!)).toBe('Trang 2 / 25');
    expect(sliceLabel(two!)).toBe('mô hình 51–100 của 1.234');
    expect(sliceLabel(pagesOf(items.slice(0, 3), '/x/')[0]!)).toBeUndefined();
  });

  it('titles pages after the first', () => {
    expect(pagedTitle('Tất cả mô hình', one!)).toBe('Tất cả mô hình');
    expect(pagedTitle('Tất cả mô hình', two!)).toBe('Tất cả mô hình — trang 2');
  });

  it('links the listing’s crumb to its first page after page 1, and names the page', () => {
    const crumbs = [{ label: 'Mô hình' }];
    expect(pagedTrail(crumbs, one!)).toEqual(crumbs);
    expect(pagedTrail(crumbs, two!)).toEqual([{ label: 'Mô hình', href: '/mo-hinh/' }, { label: 'Trang 2' }]);
  });
});

describe('pagedPaths', () => {
  it('gives each page its rest parameter, its props and a key that changes only with what it shows', () => {
    const before = pagedPaths(items, '/xa/a/', { id: 'a' }, (page) => ({ heading: page.currentPage === 1 ? 'Số liệu' : undefined }));
    const changed = [...items];
    changed[110] = -1;
    const after = pagedPaths(changed, '/xa/a/', { id: 'a' }, (page) => ({ heading: page.currentPage === 1 ? 'Số liệu' : undefined }));
    expect(before.map((p) => p.params)).toEqual([{ id: 'a', page: undefined }, { id: 'a', page: 'trang/2' }, { id: 'a', page: 'trang/3' }]);
    expect(before[0]!.props).toMatchObject({ heading: 'Số liệu', page: { currentPage: 1 } });
    expect(after.map((p, i) => p.cacheKey === before[i]!.cacheKey)).toEqual([true, true, false]);
  });
});

describe('previewOf', () => {
  it('keeps one page of a list and says how long the whole is', () => {
    expect(previewOf(items)).toEqual({ shown: items.slice(0, MODELS_PER_PAGE), total: 120 });
    expect(previewOf([1, 2])).toEqual({ shown: [1, 2], total: 2 });
  });
});

describe('onFirstPage', () => {
  it('keeps a value for the first page only', () => {
    const [one, two] = pagesOf(items, '/x/');
    expect(onFirstPage(one!, 'tổng')).toBe('tổng');
    expect(onFirstPage(two!, 'tổng')).toBeUndefined();
  });
});
