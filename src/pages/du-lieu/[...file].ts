/** The open-data files: /du-lieu/mo-hinh.csv, /du-lieu/xa/ha-mon.json… (see src/lib/data/open-data.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../lib/catalog/load';
import { datasets, modelRecord, siteDataColumns, toCsv, toJson, type Dataset } from '../../lib/data/open-data';
import { dataFormats, type DataFormat } from '../../lib/site/paths';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return datasets(catalog).flatMap((dataset) => dataFormats.map((format) => ({ params: { file: `${dataset.name}.${format}` }, props: { dataset, format } })));
}) satisfies GetStaticPaths;

const contentTypes: Record<DataFormat, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

export const GET: APIRoute<{ dataset: Dataset; format: DataFormat }> = async ({ props, site }) => {
  const { dataset, format } = props;
  const catalog = await getCatalog();
  const body = format === 'csv' ? toCsv(dataset.models.map((m) => modelRecord(m, catalog.communes, site)), siteDataColumns(catalog)) : toJson(dataset, catalog.communes, site);
  return new Response(body, { headers: { 'Content-Type': contentTypes[format] } });
};
