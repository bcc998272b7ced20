/** One field's feed: its newest models. */
import type { GetStaticPaths } from 'astro';
import { getCatalog } from '../../../lib/catalog/load';
import { groupFeedPaths, groupFeedRoute } from '../../../lib/publishing/feed';

export const getStaticPaths = (async () => groupFeedPaths((await getCatalog()).byField, (f) => ({ id: f.id, name: f.data.name, description: `Mô hình “Dân vận khéo” lĩnh vực ${f.data.name}` }))) satisfies GetStaticPaths;

export const GET = groupFeedRoute;
