/** Every URL of the site in one place; none carries diacritics. */
export const paths = {
  home: '/',
  models: '/mo-hinh/',
  model: (id: string) => `/mo-hinh/${id}/`,
  modelsByKind: (filter: ModelFilter) => `/mo-hinh/${FILTER_SEGMENT}/${filter}/`,
  communes: '/xa/',
  commune: (id: string) => `/xa/${id}/`,
  /** The schematic map of the communes (sơ đồ): no commune may have this address (content-check/integrity). */
  communeMap: '/xa/so-do/',
  units: '/don-vi/',
  unit: (id: string) => `/don-vi/${id}/`,
  fields: '/linh-vuc/',
  field: (id: string) => `/linh-vuc/${id}/`,
  years: '/nam/',
  year: (year: number | undefined) => `/nam/${year ?? UNKNOWN_YEAR_SLUG}/`,
  reports: '/bao-cao/',
  report: (id: string) => `/bao-cao/${id}/`,
  about: '/gioi-thieu/',
  search: '/tim-kiem/',
  statistics: '/so-lieu/',
  /** The printable review reports (báo cáo số liệu), apart from the published reviews under /bao-cao/. */
  reviews: '/so-lieu/bao-cao/',
  review: (slug: string) => `/so-lieu/bao-cao/${slug}/`,
  /** A review report as a Word file: reviewWord('nam/2019') → "/so-lieu/bao-cao/nam/2019.docx". */
  reviewWord: (slug: string) => `/so-lieu/bao-cao/${slug}.docx`,
  /** The open-data page: columns, formats, licence. */
  data: '/du-lieu/',
  /** One data file: dataFile('mo-hinh', 'csv') → "/du-lieu/mo-hinh.csv"; dataFile('xa/ha-mon', 'json'). */
  dataFile: (name: string, format: DataFormat) => `/du-lieu/${name}.${format}`,
  /**
   * Page `number` of a paged listing whose first page is `first`: the listing's own address for page 1,
   * "<first>trang/<n>/" after ("/xa/ha-mon/trang/2/"); "trang/" keeps it apart from every id.
   */
  listingPage: (first: string, number: number) => (number === 1 ? first : `${first}${PAGE_SEGMENT}/${number}/`),
  /** The editors' worklist (bien tap): not in the navigation, the sitemap or search engines (isUnlisted). */
  worklist: '/bien-tap/',
  /** One section of the worklist, whole and paged: worklistSection('chua-co-anh') → "/bien-tap/chua-co-anh/". */
  worklistSection: (id: string) => `/bien-tap/${id}/`,
  /** RSS 2.0 feed of models and reports. */
  feed: '/rss.xml',
  /** The feed of a commune's, unit's or field's page: groupFeed('/xa/ha-mon/') → "/xa/ha-mon/rss.xml". */
  groupFeed: (page: string) => `${page}rss.xml`,
  /** The social card (1200×630 PNG) of the page at pagePath: "/xa/ha-mon/" → "/anh-the/xa/ha-mon.png". */
  card: (pagePath: string) => `/${CARD_FOLDER}/${cardName(pagePath)}.${CARD_EXTENSION}`,
} as const;

/**
 * Pages for editors, kept out of the sitemap (astro.config.mjs) and marked noindex: the worklist and
 * everything under it (its sections' pages), by prefix, so a new section needs no entry here.
 */
export function isUnlisted(pathname: string): boolean {
  return pathname.startsWith(paths.worklist);
}

/** Slugs of the review reports, for paths.review. */
export const reviewSlugs = {
  all: 'toan-giai-doan',
  year: (year: number | undefined) => `nam/${year ?? UNKNOWN_YEAR_SLUG}`,
  commune: (id: string) => `xa/${id}`,
} as const;

/** Names of the open-data sets, for paths.dataFile. */
export const dataSets = {
  all: 'mo-hinh',
  commune: (id: string) => `xa/${id}`,
  unit: (id: string) => `don-vi/${id}`,
  reportYear: (year: number | undefined) => `nam-bao-cao/${year ?? UNKNOWN_YEAR_SLUG}`,
  field: (id: string) => `linh-vuc/${id}`,
  /** By start year, as /nam/<year>/ lists them; "nam/chua-ro" when the source gives none. */
  year: (year: number | undefined) => `nam/${year ?? UNKNOWN_YEAR_SLUG}`,
  /** A list filter of /mo-hinh/loai/: "loai/ca-nhan". */
  filter: (filter: ModelFilter) => `${FILTER_SEGMENT}/${filter}`,
} as const;

export const dataFormats = ['csv', 'json'] as const;
export type DataFormat = (typeof dataFormats)[number];


/** Social cards live under /anh-the/ (ảnh thẻ), mirroring the path of their page. */
export const CARD_FOLDER = 'anh-the';
export const CARD_EXTENSION = 'png';

function cardName(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? 'trang-chu' : trimmed;
}

/** The path segment before a page number of a paged listing (paths.listingPage). */
export const PAGE_SEGMENT = 'trang';

/** Whether a path is a later page of a paged listing, "/xa/ha-mon/trang/2/": how many there are is known only when the site is built. */
export function isLaterPage(path: string): boolean {
  return new RegExp(`/${PAGE_SEGMENT}/[1-9]\\d*/$`).test(path);
}

/** The static list filters, under /mo-hinh/loai/; no model id may be "loai". */
export const modelFilters = ['tap-the', 'ca-nhan', 'nhan-rong'] as const;
export const FILTER_SEGMENT = 'loai';
export type ModelFilter = (typeof modelFilters)[number];

/** The year page for models whose start year the source does not give. */
export const UNKNOWN_YEAR_SLUG = 'chua-ro';
