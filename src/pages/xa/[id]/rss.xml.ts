/** One commune's feed: its newest models (a commune of today holds its former units'). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../lib/catalog/load';
import { groupFeedItems, feedResponse } from '../../../lib/publishing/feed';
import { groupFeedTitle } from '../../../lib/site/identity';

export const getStaticPaths = (async () => (await getCatalog()).byCommune.map((group) => ({ params: { id: group.key.id }, props: { group } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) => feedResponse(site, groupFeedTitle(props.group.key.label), `Mô hình “Dân vận khéo” ở ${props.group.key.label}`, groupFeedItems(props.group.models));
