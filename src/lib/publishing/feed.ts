/**
 * The RSS feeds' items: the site's feed (models and reports) and one feed per commune, unit and
 * field (its models), newest first, each holding at most FEED_SIZE items so no feed grows with the
 * catalogue; a reader gets the summary and the link, as feed readers expect of a news list.
 * A group's feed route is built here too (groupFeedPaths, groupFeedRoute), so the three differ only
 * in the groups and names they pass.
 */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { APIRoute } from 'astro';
import type { Catalog, Group, ModelView } from '../catalog/catalog';
import { groupFeedTitle } from '../site/identity';
import { pageCacheKey } from './page-cache';

/** Items a feed holds: the newest, enough for a reader who checks once a month at the movement's pace. */
export const FEED_SIZE = 50;

/**
 * A text field as RSS readers read it. RSS 2.0 gives no type to <title> and <description>, and
 * readers show both as HTML once the XML is read (@astrojs/rss escapes for XML only): a summary
 * holding "<script>" would become markup in the reader. So the text is escaped for HTML as well:
 * "<" always, "&" where it would start a character reference ("&amp;", "&#39;", "&copy"); a bare
 * "&" between words stays, since both HTML and plain-text readers show it as it is.
 */
export function feedText(text: string): string {
  return text.replace(/&(?=[#a-z\d])/gi, '&amp;').replace(/</g, '&lt;');
}

function modelItem(model: ModelView): RSSFeedItem & { pubDate: Date } {
  return {
    title: feedText(model.data.title),
    link: model.url,
    pubDate: model.data.updatedAt ?? model.data.publishedAt,
    description: feedText(model.data.summary),
    categories: [model.unit?.data.name, model.commune?.label, ...model.fields.map((f) => f.data.name)].filter((c): c is string => Boolean(c)),
  };
}

const newestFirst = <T extends { pubDate: Date }>(items: T[], limit: number) => items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()).slice(0, limit);

/** The site's feed: models and reports. */
export function feedItems(catalog: Pick<Catalog, 'models' | 'reports'>, limit = FEED_SIZE): RSSFeedItem[] {
  const models = catalog.models.map(modelItem);
  const reports = catalog.reports.map((report) => ({
    title: feedText(report.data.title),
    link: report.url,
    pubDate: report.data.publishedAt,
    description: feedText(report.data.summary),
    categories: [report.data.kind === 'tong-ket' ? 'Báo cáo tổng kết' : 'Báo cáo sơ kết'],
  }));
  return newestFirst([...models, ...reports], limit);
}

/** A commune's, unit's or field's feed: its models. */
export function groupFeedItems(models: readonly ModelView[], limit = FEED_SIZE): RSSFeedItem[] {
  return newestFirst(models.map(modelItem), limit);
}

/** A feed as the endpoint sends it: RSS 2.0 in Vietnamese, links with the site's trailing slash. */
export function feedResponse(site: URL | undefined, title: string, description: string, items: RSSFeedItem[]): Promise<Response> {
  if (!site) throw new Error('Cần cấu hình địa chỉ trang (SITE_URL) để dựng RSS');
  return rss({ title, description, site, items, customData: '<language>vi</language>', trailingSlash: true });
}

/** What a group's feed shows: its title, description and items; its cacheKey hashes exactly that. */
export interface GroupFeed {
  title: string;
  description: string;
  items: RSSFeedItem[];
}

/** How a group names its feed: the id in its address, its short name and the feed's description. */
export interface GroupFeedNames {
  id: string;
  name: string;
  description: string;
}

/**
 * getStaticPaths of /xa/…/rss.xml, /don-vi/…/rss.xml, /linh-vuc/…/rss.xml: each feed keyed by what
 * it shows, so an incremental build writes again only the feeds of the groups an edit touched.
 */
export function groupFeedPaths<K>(groups: readonly Group<K>[], names: (key: K) => GroupFeedNames) {
  return groups.map((group) => {
    const { id, name, description } = names(group.key);
    const feed: GroupFeed = { title: groupFeedTitle(name), description, items: groupFeedItems(group.models) };
    return { params: { id }, props: { feed }, cacheKey: pageCacheKey(feed) };
  });
}

/** The GET of a group's feed: the feed groupFeedPaths worked out. */
export const groupFeedRoute: APIRoute<{ feed: GroupFeed }> = ({ site, props: { feed } }) => feedResponse(site, feed.title, feed.description, feed.items);
