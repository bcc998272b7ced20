/** The open-data files: /du-lieu/mo-hinh.csv, /du-lieu/xa/ha-mon.json… (see src/lib/data/open-data.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../lib/catalog/load';
import { dataFile, dataFileText, datasets, type DataFile } from '../../lib/data/open-data';
import { listCacheKey } from '../../lib/publishing/page-cache';
import { dataFormats, type DataFormat } from '../../lib/site/paths';

// Each file is keyed by its records (and a CSV file by the site's columns): a rebuild after one
// article changed writes again only the files that hold that article.
export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
  return datasets(catalog).flatMap((dataset) =>
    dataFormats.map((format) => {
      const file = dataFile(dataset, format, catalog, site);
      const { records, ...head } = file;
      return { params: { file: `${dataset.name}.${format}` }, props: { file }, cacheKey: listCacheKey(head, records) };
    }),
  );
}) satisfies GetStaticPaths;

const contentTypes: Record<DataFormat, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

export const GET: APIRoute<{ file: DataFile }> = ({ props }) => new Response(dataFileText(props.file), { headers: { 'Content-Type': contentTypes[props.file.format] } });
