/**
 * Schema.org JSON-LD for search engines: the publisher (Organization), the breadcrumb trail
 * (BreadcrumbList) and articles (Article) for models and reports. Built from content that
 * editors write, so serializeJsonLd escapes it for a <script> element.
 */
import { PUBLISHER, SITE_NAME } from '../site/identity';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };
export type JsonLdNode = { '@type': string; [key: string]: Json | undefined };

export interface TrailItem {
  label: string;
  /** Site path; absent for the current page. */
  href?: string;
}

export interface ArticleMeta {
  headline: string;
  description: string;
  datePublished: Date;
  dateModified?: Date;
  author: string;
  /** The author's position, when the source gives it. */
  authorRole?: string;
}

/** Words that open the name of a board, union or office rather than a person's name. */
const organisationName = /^(ban|tổ|nhóm|phòng|văn phòng|liên đoàn|công đoàn|cđcs|lđlđ|hội|ủy ban|ubnd|trường)(\s|$)/iu;

export function authorNode(name: string, role?: string): JsonLdNode {
  if (organisationName.test(name)) return { '@type': 'Organization', name };
  return { '@type': 'Person', name, jobTitle: role };
}

export function organizationNode(site: URL): JsonLdNode {
  return { '@type': 'Organization', '@id': new URL('/#nha-xuat-ban', site).href, name: PUBLISHER, url: new URL('/', site).href };
}

/** The trail as readers see it ("Trang chủ › Mô hình › …"); the current page is the last item. */
export function breadcrumbNode(trail: readonly TrailItem[], pageUrl: URL): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.label,
      item: item.href === undefined ? pageUrl.href : new URL(item.href, pageUrl).href,
    })),
  };
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function articleNode(meta: ArticleMeta, pageUrl: URL, imageUrl: URL, site: URL): JsonLdNode {
  return {
    '@type': 'Article',
    headline: meta.headline,
    description: meta.description,
    inLanguage: 'vi',
    datePublished: isoDay(meta.datePublished),
    dateModified: isoDay(meta.dateModified ?? meta.datePublished),
    author: authorNode(meta.author, meta.authorRole),
    publisher: { '@id': organizationNode(site)['@id'] as string },
    image: imageUrl.href,
    mainEntityOfPage: pageUrl.href,
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: new URL('/', site).href },
  };
}

export function graph(nodes: readonly JsonLdNode[]): { '@context': string; '@graph': JsonLdNode[] } {
  return { '@context': 'https://schema.org', '@graph': [...nodes] };
}

/**
 * JSON for a <script type="application/ld+json"> element. "<", ">" and "&" become \u escapes so a
 * title such as "</script><script>…" cannot close the element; U+2028/2029 are escaped for old parsers.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
