/** RSS 2.0 feed of the newest models and reports (paths.feed), linked from every page's head and footer. */
import type { APIRoute } from 'astro';
import { feedItems, feedResponse } from '../lib/publishing/feed';
import { getCatalog } from '../lib/catalog/load';
import { FEED_TITLE, SITE_TAGLINE } from '../lib/site/identity';

export const GET: APIRoute = async ({ site }) => feedResponse(site, FEED_TITLE, SITE_TAGLINE, feedItems(await getCatalog()));
