/**
 * The data set of a selection of models, such as the search page's results: built in the browser
 * from the published data set of all models, with the same columns and writer as the files of
 * /du-lieu/ (columns.ts), so a selection of every model is the published file byte for byte.
 */
import { paths } from '../site/paths';
import { dataColumns, jsonText, toCsv, type DatasetJson, type ModelRecord } from './columns';

/** The records of the model pages at `pagePaths` ("/mo-hinh/cho-que/"), in that order; other pages are left out. */
export function selectRecords(data: DatasetJson, pagePaths: readonly string[]): ModelRecord[] {
  const byPath = new Map(data.models.map((r) => [paths.model(r.id), r]));
  return [...new Set(pagePaths)].flatMap((path) => byPath.get(path) ?? []);
}

/** The CSV of the selection, with the columns of the whole data (every file of the site shares one header). */
export function selectionCsv(data: DatasetJson, records: readonly ModelRecord[]): string {
  return toCsv(records, dataColumns(data.models));
}

/** The JSON of the selection: the published file's notes and licence, its own title and count. */
export function selectionJson(data: DatasetJson, title: string, records: readonly ModelRecord[]): string {
  return jsonText({ ...data, title, count: records.length, models: [...records] });
}
