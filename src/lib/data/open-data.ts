/**
 * Open data: every model as a JSON record and a CSV row, for the whole site and for each index page
 * (commune, unit, field, start year, list filter) and report year: a page's file holds exactly the
 * models it lists. Unknown is null in JSON and an empty cell in CSV, never 0.
 * The column list documents itself: the data page renders the same descriptions. The columns and the
 * writer live in columns.ts, which the search page uses in the browser too.
 */
import type { Catalog, CommuneView, ModelView } from '../catalog/catalog';
import { applyFilter, filterLabels } from '../catalog/filters';
import { isoDate } from '../text/format';
import { fundingSourceLabel, modelKindLabels } from '../catalog/labels';
import { dataSets, modelFilters, paths, type DataFormat } from '../site/paths';
import { reportYear, yearReviews } from './reviews';
import { sourceKey } from '../catalog/totals';
import { placeList } from './by-place';
import { datedLabel, formerDatedLabel } from '../places/labels';
import { dataColumns, jsonText, toCsv, type CommuneNow, type CommuneThen, type DataColumn, type DatasetJson, type ModelRecord } from './columns';

export { dataColumns, sourceColumnKey, toCsv } from './columns';
export type { Cell, CommuneNow, CommuneThen, DataColumn, DatasetJson, FundingSourceRecord, ModelRecord } from './columns';

/** No licence has been decided by the publisher; the site says so rather than choose one. */
export const LICENCE_NOTE = 'Giấy phép sử dụng dữ liệu: chưa được đơn vị chủ quản công bố quyết định.';
export const UNKNOWN_NOTE = 'Ô trống (null) nghĩa là nguồn chưa nêu số liệu đó; không phải số 0.';

function communeThen(commune: CommuneView): CommuneThen {
  const { code, validFrom, validTo, province, district } = commune.data;
  return {
    id: commune.id,
    name: commune.label,
    code: code ?? null,
    validFrom: validFrom ? isoDate(validFrom) : null,
    validTo: validTo ? isoDate(validTo) : null,
    province,
    district: district ?? null,
  };
}

const indexes = new WeakMap<readonly CommuneView[], Map<string, CommuneView>>();

function indexOf(communes: readonly CommuneView[]): Map<string, CommuneView> {
  let index = indexes.get(communes);
  if (!index) {
    index = new Map(communes.map((c) => [c.id, c]));
    indexes.set(communes, index);
  }
  return index;
}

function communeNow(commune: CommuneView, communes: readonly CommuneView[]): CommuneNow | null {
  const today = commune.current ? commune : commune.today && indexOf(communes).get(commune.today.id);
  if (!today) return null;
  return { id: today.id, name: today.label, code: today.data.code ?? null, province: today.data.province, validFrom: today.data.validFrom ? isoDate(today.data.validFrom) : null };
}

/**
 * A model as a record; communes are the site's units (today's commune is looked up there);
 * site makes the URL absolute (as canonical links are).
 */
export function modelRecord(model: ModelView, communes: readonly CommuneView[], site?: URL): ModelRecord {
  const { data } = model;
  const funding = data.funding;
  const attributed = funding?.sources.reduce((sum, s) => sum + s.amount, 0) ?? 0;
  return {
    id: model.id,
    url: site ? new URL(model.url, site).href : model.url,
    title: data.title,
    unit: model.unit ? { id: model.unit.id, name: model.unit.data.name } : null,
    commune: model.commune ? communeThen(model.commune) : null,
    communeNow: model.commune ? communeNow(model.commune, communes) : null,
    village: data.village ?? null,
    fields: model.fields.map((f) => ({ id: f.id, name: f.data.name })),
    yearStarted: data.yearStarted ?? null,
    kind: modelKindLabels[data.kind].toLocaleLowerCase('vi'),
    person: data.person ?? null,
    replicated: data.replicated ?? null,
    replicatedFrom: data.replicatedFrom ?? null,
    copies: model.copies.map((c) => c.id),
    funding: funding
      ? {
          total: funding.total,
          atLeast: funding.atLeast,
          sources: funding.sources.map((s) => ({ key: sourceKey(s.from), label: fundingSourceLabel(s.from), from: [...s.from], amount: s.amount, atLeast: s.atLeast })),
          notBrokenDown: funding.total - attributed,
        }
      : null,
    beneficiaries: data.beneficiaries.map((b) => ({ ...b })),
    outcomes: data.outcomes.map((o) => ({ ...o })),
    benefit: data.benefit ? { ...data.benefit } : null,
    source: model.source ? { id: model.source.id, title: model.source.data.title, year: reportYear(model)! } : null,
    publishedAt: isoDate(data.publishedAt),
  };
}


/** The site's models and communes, which a file's records and columns are worked out from. */
type SiteModels = { models: readonly ModelView[]; communes: readonly CommuneView[] };

const columnsOfSite = new WeakMap<readonly ModelView[], DataColumn[]>();

/**
 * The columns of the whole data, which every file of the site shares: worked out once per list of
 * models, not once per file (a site with a hundred units publishes hundreds of files).
 */
export function siteDataColumns({ models, communes }: SiteModels): DataColumn[] {
  let columns = columnsOfSite.get(models);
  if (!columns) {
    columns = dataColumns(models.map((m) => modelRecord(m, communes)));
    columnsOfSite.set(models, columns);
  }
  return columns;
}


export interface Dataset {
  /** File name under /du-lieu/ without extension: "mo-hinh", "xa/ha-mon". */
  name: string;
  /** "Mô hình ở xã Hà Mòn". */
  title: string;
  models: ModelView[];
}


export function toJson(dataset: Dataset, communes: readonly CommuneView[], site?: URL): string {
  return dataFileText(dataFile(dataset, 'json', { models: dataset.models, communes }, site));
}

const siteRecords = new WeakMap<ModelView, { communes: readonly CommuneView[]; site: string | undefined; record: ModelRecord }>();

/**
 * A model's record with absolute URLs, worked out once however many files hold it (a model is in
 * the site's file, its commune's, unit's, field's, year's… each in two formats).
 */
function siteRecord(model: ModelView, communes: readonly CommuneView[], site: URL | undefined): ModelRecord {
  const known = siteRecords.get(model);
  if (known && known.communes === communes && known.site === site?.href) return known.record;
  const record = modelRecord(model, communes, site);
  siteRecords.set(model, { communes, site: site?.href, record });
  return record;
}

/** The part of a data file both formats have. */
interface DataFileOf<F extends DataFormat> {
  format: F;
  title: string;
  /** The data page's address, which a JSON file names. */
  documentation: string;
  records: ModelRecord[];
}

/**
 * What one data file holds, before it is written: the route keys the file by it (an incremental
 * build writes again only the files whose records changed) and writes it with dataFileText.
 * A CSV file also follows the site's columns (its header, and which cells a record fills).
 */
export type DataFile = DataFileOf<'json'> | (DataFileOf<'csv'> & { columns: DataColumn[] });

export function dataFile(dataset: Dataset, format: DataFormat, catalog: SiteModels, site?: URL): DataFile {
  const file = {
    title: dataset.title,
    documentation: site ? new URL(paths.data, site).href : paths.data,
    records: dataset.models.map((m) => siteRecord(m, catalog.communes, site)),
  };
  return format === 'csv' ? { format, ...file, columns: siteDataColumns(catalog) } : { format, ...file };
}

export function dataFileText(file: DataFile): string {
  if (file.format === 'csv') return toCsv(file.records, file.columns);
  const body: DatasetJson = {
    title: file.title,
    documentation: file.documentation,
    licence: null,
    licenceNote: LICENCE_NOTE,
    note: UNKNOWN_NOTE,
    count: file.records.length,
    models: file.records,
  };
  return jsonText(body);
}

/** "Mô hình ở xã Hà Mòn (đến 30/06/2025)"; today's commune "Mô hình ở xã Đăk Hà (gồm thị trấn Đăk Hà, xã Hà Mòn, xã Đăk La)". */
export function communeDatasetTitle(commune: CommuneView): string {
  const parts = commune.formedFrom.length > 0 ? ` (gồm ${placeList(commune.formedFrom)})` : '';
  return `Mô hình ở ${formerDatedLabel(commune)}${parts}`;
}

export interface ReusedCode {
  code: string;
  /** "xã Đăk Ngọk (đến 30/06/2025)", one per unit that held the code, oldest first. */
  units: string[];
}

/** Codes that more than one unit held, each in its own period: a code alone does not say which. */
export function reusedCodes(communes: readonly CommuneView[]): ReusedCode[] {
  const byCode = new Map<string, CommuneView[]>();
  for (const c of communes) if (c.data.code !== undefined) byCode.set(c.data.code, [...(byCode.get(c.data.code) ?? []), c]);
  const first = (c: CommuneView) => c.data.validFrom?.getTime() ?? -Infinity;
  return [...byCode.entries()]
    .filter(([, held]) => held.length > 1)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, held]) => ({ code, units: [...held].sort((a, b) => first(a) - first(b)).map(datedLabel) }));
}

/** "Mô hình bắt đầu năm 2019", "Mô hình chưa rõ năm bắt đầu": the year page's own title. */
export function yearDatasetTitle(year: number | undefined): string {
  return year === undefined ? 'Mô hình chưa rõ năm bắt đầu' : `Mô hình bắt đầu năm ${year}`;
}

/**
 * Every data set the site publishes: all models, then per commune (a commune of today holds the
 * models of its former units, as its page lists them), unit, report year, field, start year and list
 * filter of /mo-hinh/.
 */
export function datasets(catalog: Pick<Catalog, 'models' | 'reports' | 'byCommune' | 'byUnit' | 'byCommuneToday' | 'byField' | 'byYear' | 'communes'>): Dataset[] {
  return [
    { name: dataSets.all, title: 'Tất cả mô hình “Dân vận khéo”', models: catalog.models },
    ...catalog.byCommune.map((g) => ({ name: dataSets.commune(g.key.id), title: communeDatasetTitle(g.key), models: g.models })),
    ...catalog.byUnit.flatMap((s) => s.units).map((g) => ({ name: dataSets.unit(g.key.id), title: `Mô hình của ${g.key.data.name}`, models: g.models })),
    ...yearReviews(catalog).map((r) => ({ name: r.data, title: r.title, models: r.models })),
    ...catalog.byField.map((g) => ({ name: dataSets.field(g.key.id), title: `Mô hình lĩnh vực ${g.key.data.name}`, models: g.models })),
    ...catalog.byYear.map((g) => ({ name: dataSets.year(g.key), title: yearDatasetTitle(g.key), models: g.models })),
    ...modelFilters.map((filter) => ({ name: dataSets.filter(filter), title: filterLabels[filter], models: applyFilter(catalog.models, filter) })),
  ];
}
