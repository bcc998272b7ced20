/** One unit's feed: its newest models. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../lib/catalog/load';
import { groupFeedItems, feedResponse } from '../../../lib/publishing/feed';
import { groupFeedTitle } from '../../../lib/site/identity';

export const getStaticPaths = (async () => (await getCatalog()).byUnit.flatMap((s) => s.units).map((group) => ({ params: { id: group.key.id }, props: { group } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) => feedResponse(site, groupFeedTitle(props.group.key.data.shortName), `Mô hình “Dân vận khéo” của ${props.group.key.data.name}`, groupFeedItems(props.group.models));
