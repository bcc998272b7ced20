/** One commune's feed: its newest models (a commune of today holds its former units'). */
import type { GetStaticPaths } from 'astro';
import { getCatalog } from '../../../lib/catalog/load';
import { groupFeedPaths, groupFeedRoute } from '../../../lib/publishing/feed';

export const getStaticPaths = (async () => groupFeedPaths((await getCatalog()).byCommune, (c) => ({ id: c.id, name: c.label, description: `Mô hình “Dân vận khéo” ở ${c.label}` }))) satisfies GetStaticPaths;

export const GET = groupFeedRoute;
