/**
 * What the search page says. The first group is Pagefind 1.6's own Vietnamese translation, kept word
 * for word except `alt_search`, which Pagefind ships as "… Kiểm thị kết quả thay thế với …"
 * ("kiểm thị" is not Vietnamese); it means "showing results for the other term instead".
 */
export const pagefindStrings = {
  zero_results: 'Không tìm thấy kết quả cho [SEARCH_TERM]',
  many_results: '[COUNT] kết quả cho [SEARCH_TERM]',
  total_many_results: '[COUNT] kết quả',
  alt_search: 'Không tìm thấy kết quả cho [SEARCH_TERM]. Hiển thị kết quả cho [DIFFERENT_TERM]',
  searching: 'Đang tìm kiếm cho [SEARCH_TERM]...',
  load_more: 'Nhiều kết quả hơn',
  filters_label: 'Bộ lọc',
  error_search: 'Tìm kiếm thất bại',
} as const;

/** The site's own strings, in the same voice. */
export const searchStrings = {
  all: 'Tất cả',
  options: 'Bộ lọc và sắp xếp',
  sort: 'Sắp xếp',
  loading: 'Đang tải công cụ tìm kiếm…',
  prompt: 'Gõ tên xã, trường, đơn vị, người thực hiện hay một từ trong bài; hoặc chọn bộ lọc để xem danh sách.',
  browse: 'Các mô hình theo bộ lọc đã chọn: [COUNT]',
  noneFiltered: 'Không có mô hình nào khớp bộ lọc đã chọn.',
  searchedInstead: '[ALT_SEARCH]: [COUNT].',
  boosted: 'Mô hình của [NAMES] được xếp lên đầu.',
  onlyThese: 'Chỉ xem mô hình của [NAME]',
  noIndex: 'Chưa có chỉ mục tìm kiếm: trang cần được dựng bằng “npm run build”.',
  // What the page says of the places a query names.
  boostedAt: 'Mô hình ở [NAMES] được xếp lên đầu.',
  onlyAt: 'Chỉ xem mô hình ở [NAME]',
  placeFormed: '[PLACE] gồm [PARTS].',
  placeNow: '[PLACE] nay thuộc [TODAY], [PROVINCE].',
  /** An old unit beside the new one of the same name: "xã Đăk Ui cũ". */
  formerUnit: '[PLACE] cũ',
  noModelAt: 'Chưa có mô hình nào ở [PLACE].',
  placePage: 'Xem trang [PLACE]',
  nothingAt: 'Không tìm thấy mô hình nào ở [PLACE].',
  nothingAtFiltered: 'Không tìm thấy mô hình nào ở [PLACE] khớp bộ lọc đã chọn.',
  tryOther: 'Hãy thử tên xã, trường, đơn vị, người thực hiện hay một từ khác; gõ có dấu hay không dấu đều được.',
  // Headings of the commune filter's groups.
  communesToday: '[KINDS] hiện nay',
  communesOfPeriod: '[KINDS] [PERIOD]',
  communesFormer: '[KINDS] trước đây',
  // Downloading the results: every result, not only the ones shown.
  exportButton: 'Tải [FORMAT] ([COUNT] mô hình)',
  exportRule: 'Tệp gồm tất cả mô hình tìm được, không chỉ những mô hình đang hiện, theo thứ tự trên trang, cùng các cột như',
  exportColumns: 'dữ liệu mở',
  exportBusy: 'Đang tạo tệp…',
  exportDone: 'Đã tạo tệp [NAME].',
  exportFailed: 'Không tạo được tệp: chưa tải được dữ liệu mô hình. Hãy thử lại.',
} as const;

type TemplateName = 'COUNT' | 'FORMAT' | 'SEARCH_TERM' | 'DIFFERENT_TERM' | 'NAMES' | 'NAME' | 'ALT_SEARCH' | 'PLACE' | 'PARTS' | 'TODAY' | 'PROVINCE' | 'KINDS' | 'PERIOD';

/** Fills "[COUNT] kết quả cho [SEARCH_TERM]" with its values; a search term is shown in quotes. */
export function fillTemplate(template: string, values: Partial<Record<TemplateName, string | number>>): string {
  return template.replace(/\[([A-Z_]+)\]/g, (whole, name: string) => {
    const value = values[name as keyof typeof values];
    if (value === undefined) return whole;
    return name.endsWith('_TERM') ? `“${value}”` : String(value);
  });
}
