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
} as const;

/** Fills "[COUNT] kết quả cho [SEARCH_TERM]" with its values; a search term is shown in quotes. */
export function fillTemplate(template: string, values: Partial<Record<'COUNT' | 'SEARCH_TERM' | 'DIFFERENT_TERM' | 'NAMES' | 'NAME' | 'ALT_SEARCH', string | number>>): string {
  return template.replace(/\[([A-Z_]+)\]/g, (whole, name: string) => {
    const value = values[name as keyof typeof values];
    if (value === undefined) return whole;
    return name.endsWith('_TERM') ? `“${value}”` : String(value);
  });
}
