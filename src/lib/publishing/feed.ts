/** The RSS feed's items: every published model and report, newest first. */
import type { RSSFeedItem } from '@astrojs/rss';
import type { Catalog } from '../catalog/catalog';

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

export function feedItems(catalog: Pick<Catalog, 'models' | 'reports'>): RSSFeedItem[] {
  const models = catalog.models.map((model) => ({
    title: feedText(model.data.title),
    link: model.url,
    pubDate: model.data.updatedAt ?? model.data.publishedAt,
    description: feedText(model.data.summary),
    categories: [model.unit?.data.name, model.commune?.label, ...model.fields.map((f) => f.data.name)].filter((c): c is string => Boolean(c)),
  }));
  const reports = catalog.reports.map((report) => ({
    title: feedText(report.data.title),
    link: report.url,
    pubDate: report.data.publishedAt,
    description: feedText(report.data.summary),
    categories: [report.data.kind === 'tong-ket' ? 'Báo cáo tổng kết' : 'Báo cáo sơ kết'],
  }));
  return [...models, ...reports].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
}
