/** One unit's feed: its newest models. */
import type { GetStaticPaths } from 'astro';
import { getCatalog } from '../../../lib/catalog/load';
import { groupFeedPaths, groupFeedRoute } from '../../../lib/publishing/feed';

export const getStaticPaths = (async () => groupFeedPaths((await getCatalog()).byUnit.flatMap((s) => s.units), (u) => ({ id: u.id, name: u.data.shortName, description: `Mô hình “Dân vận khéo” của ${u.data.name}` }))) satisfies GetStaticPaths;

export const GET = groupFeedRoute;
