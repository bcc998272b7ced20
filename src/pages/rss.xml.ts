/** RSS 2.0 feed of models and reports (paths.feed), linked from every page's head and footer. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedItems } from '../lib/publishing/feed';
import { getCatalog } from '../lib/catalog/load';
import { FEED_TITLE, SITE_TAGLINE } from '../lib/site/identity';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Cần cấu hình địa chỉ trang (SITE_URL) để dựng RSS');
  return rss({
    title: FEED_TITLE,
    description: SITE_TAGLINE,
    site,
    items: feedItems(await getCatalog()),
    customData: '<language>vi</language>',
    trailingSlash: true,
  });
};
