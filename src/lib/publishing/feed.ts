/** The RSS feed's items: every published model and report, newest first. */
import type { RSSFeedItem } from '@astrojs/rss';
import type { Catalog } from '../catalog/catalog';

export function feedItems(catalog: Pick<Catalog, 'models' | 'reports'>): RSSFeedItem[] {
  const models = catalog.models.map((model) => ({
    title: model.data.title,
    link: model.url,
    pubDate: model.data.updatedAt ?? model.data.publishedAt,
    description: model.data.summary,
    categories: [model.unit?.data.name, model.commune?.label, ...model.fields.map((f) => f.data.name)].filter((c): c is string => Boolean(c)),
  }));
  const reports = catalog.reports.map((report) => ({
    title: report.data.title,
    link: report.url,
    pubDate: report.data.publishedAt,
    description: report.data.summary,
    categories: [report.data.kind === 'tong-ket' ? 'Báo cáo tổng kết' : 'Báo cáo sơ kết'],
  }));
  return [...models, ...reports].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
}
