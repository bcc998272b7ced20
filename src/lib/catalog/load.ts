/** Reads the content collections once per build and hands pages the resolved catalog. */
import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from './catalog';

let catalog: Promise<Catalog> | undefined;

/** Computed once per build; the dev server recomputes it so an edited article shows at once. */
export function getCatalog(): Promise<Catalog> {
  if (import.meta.env.DEV) catalog = undefined;
  catalog ??= (async () => {
    const [models, reports, units, communes, acts, fields] = await Promise.all([
      getCollection('models'),
      getCollection('reports'),
      getCollection('units'),
      getCollection('communes'),
      getCollection('acts'),
      getCollection('fields'),
    ]);
    return buildCatalog({ models, reports, units, communes, acts, fields });
  })();
  return catalog;
}
