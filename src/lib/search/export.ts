/** What the search page names the file of its results, and the title inside it. */
import { slugify } from '../text/vietnamese';
import type { SearchState } from './state';

const MAX_NAME = 60;

/** ASCII, from the query and the filters: "tim-kiem-dak-ui.csv", "tim-kiem-ha-mon-quy-ho-tro.json", "tim-kiem.csv". */
export function exportFileName(state: SearchState, format: 'csv' | 'json'): string {
  const parts = [slugify(state.query), ...Object.values(state.filters).map((slug) => slugify(slug ?? ''))].filter((part) => part !== '');
  let name = ['tim-kiem', ...parts].join('-');
  if (name.length > MAX_NAME) {
    const cut = name.slice(0, MAX_NAME + 1);
    name = cut.slice(0, cut.lastIndexOf('-'));
  }
  return `${name}.${format}`;
}

/** "Mô hình tìm được với từ khóa “dak ui”, lọc theo Lĩnh vực: Quỹ hỗ trợ". */
export function exportTitle(query: string, filters: readonly string[]): string {
  const words = query.trim();
  return `Mô hình tìm được${words ? ` với từ khóa “${words}”` : ''}${filters.length > 0 ? `, lọc theo ${filters.join('; ')}` : ''}`;
}
