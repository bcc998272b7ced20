/**
 * Paged listings: how many models one page lists, how a long list is cut into pages, and which page
 * numbers the pager shows. Page 1 keeps the listing's own address ("/xa/ha-mon/"); page n is
 * "<address>trang/<n>/" (paths.listingPage). The "trang/" segment keeps page addresses apart from
 * every id: "/mo-hinh/2/" would be the address of a model named "2".
 *
 * Pages have the shape of Astro's own Page (what paginate() gives), built here rather than by
 * paginate() because the main list (/mo-hinh/, beside /mo-hinh/[id]) and the review reports (a
 * rest slug, not a `page` parameter) cannot take paginate()'s "/…/<n>/", and the pager needs the
 * address of every page, not only the previous and next: one rule for every paged listing.
 */
import type { Page } from 'astro';
import { formatNumber } from '../text/format';
import { pageCacheKey } from './page-cache';
import { PAGE_SEGMENT, paths } from '../site/paths';

/** The most models (or worklist lines, or review rows) one page lists. */
export const MODELS_PER_PAGE = 50;

/** Address of page `number` of the listing whose first page is `first` (ends with "/"). */
export const pageUrl = paths.listingPage;

/** The value of a route's rest parameter ([...page]) for page `number`: none for page 1, "trang/2". */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : `${PAGE_SEGMENT}/${number}`;
}

/**
 * `items` cut into pages of `size`, each a Page whose addresses start at `first`. An empty list is
 * one empty page, so the listing's first page always exists.
 */
export function pagesOf<T>(items: readonly T[], first: string, size: number = MODELS_PER_PAGE): Page<T>[] {
  const lastPage = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: lastPage }, (_, index) => {
    const number = index + 1;
    const start = index * size;
    const data = items.slice(start, start + size);
    return {
      data,
      start,
      end: start + data.length - 1,
      size,
      total: items.length,
      currentPage: number,
      lastPage,
      url: {
        current: pageUrl(first, number),
        prev: number === 1 ? undefined : pageUrl(first, number - 1),
        next: number === lastPage ? undefined : pageUrl(first, number + 1),
        first: number === 1 ? undefined : first,
        last: number === lastPage ? undefined : pageUrl(first, lastPage),
      },
    };
  });
}

/** The first page's address of any page of a listing. */
export function firstPageUrl(page: Pick<Page, 'url'>): string {
  return page.url.first ?? page.url.current;
}

/** A gap in the pager's numbers, shown as an ellipsis. */
export const GAP = 'gap';

/** How many numbers the pager shows on each side of the current page. */
const AROUND = 2;

/**
 * The page numbers the pager links: the first, the last, and those within two of the current one;
 * a run of more than one skipped number becomes a GAP (a single one is shown, as cheap as the ellipsis).
 */
export function pageWindow(current: number, last: number): (number | typeof GAP)[] {
  const near = [...new Set([1, ...Array.from({ length: 2 * AROUND + 1 }, (_, i) => current - AROUND + i), last])]
    .filter((n) => n >= 1 && n <= last)
    .sort((a, b) => a - b);
  const shown: (number | typeof GAP)[] = [];
  near.forEach((n, i) => {
    const skipped = i === 0 ? 0 : n - near[i - 1]! - 1;
    if (skipped === 1) shown.push(n - 1);
    else if (skipped > 1) shown.push(GAP);
    shown.push(n);
  });
  return shown;
}

/** "Trang 2 / 20". */
export function pageLabel(page: Pick<Page, 'currentPage' | 'lastPage'>): string {
  return `Trang ${formatNumber(page.currentPage)} / ${formatNumber(page.lastPage)}`;
}

/** A page's own title: the listing's on page 1, "… — trang 2" after. */
export function pagedTitle(title: string, page: Pick<Page, 'currentPage'>): string {
  return page.currentPage === 1 ? title : `${title} — trang ${page.currentPage}`;
}

/** A page's breadcrumbs: after page 1, the listing's own crumb links to its first page and "Trang 2" follows. */
export function pagedTrail<C extends { label: string; href?: string }>(crumbs: readonly C[], page: Pick<Page, 'currentPage' | 'url'>): { label: string; href?: string }[] {
  if (page.currentPage === 1 || crumbs.length === 0) return [...crumbs];
  const last = crumbs.at(-1)!;
  return [...crumbs.slice(0, -1), { ...last, href: firstPageUrl(page) }, { label: `Trang ${formatNumber(page.currentPage)}` }];
}

/** Which slice a page shows, numbered from 1: "mô hình 51–100"; a one-page listing says nothing. */
export function sliceLabel(page: Pick<Page, 'start' | 'end' | 'lastPage' | 'total'>, noun = 'mô hình'): string | undefined {
  if (page.lastPage === 1) return undefined;
  return `${noun} ${formatNumber(page.start + 1)}–${formatNumber(page.end + 1)} của ${formatNumber(page.total)}`;
}

/**
 * The getStaticPaths entries of a paged listing at `first`: one per page, with the route's own
 * `params` and its rest parameter `page`, the props the page renders (`shown` of that page, plus the
 * page) and a cacheKey of exactly those, so an incremental build copies a page whose slice did not change.
 */
export function pagedPaths<T, Params extends object, P extends object>(
  items: readonly T[],
  first: string,
  params: Params,
  shown: (page: Page<T>) => P,
  size: number = MODELS_PER_PAGE,
) {
  return pagesOf(items, first, size).map((page) => {
    const props = { ...shown(page), page };
    return { params: { ...params, page: pageParam(page.currentPage) }, props, cacheKey: pageCacheKey(props) };
  });
}

/** What only a listing's first page shows (the totals of the whole group): `value` there, nothing after. */
export function onFirstPage<V>(page: Pick<Page, 'currentPage'>, value: V): V | undefined {
  return page.currentPage === 1 ? value : undefined;
}

/** The start of a list shown where the whole list has its own pages: at most one page of it, and how many there are. */
export interface Preview<T> {
  shown: T[];
  total: number;
}

export function previewOf<T>(items: readonly T[], size: number = MODELS_PER_PAGE): Preview<T> {
  return { shown: items.slice(0, size), total: items.length };
}
