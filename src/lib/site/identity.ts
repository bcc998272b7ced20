/** The publisher's name and the navigation every page shares. */
import { paths } from './paths';

export const SITE_NAME = 'Dân vận khéo';
export const SITE_TAGLINE = 'Mô hình “Dân vận khéo” của Công đoàn huyện Đăk Hà';
export const PUBLISHER = 'Liên đoàn Lao động huyện Đăk Hà';

/** The first crumb of every breadcrumb trail, shown and in BreadcrumbList JSON-LD. */
export const homeCrumb = { label: 'Trang chủ', href: paths.home } as const;

/** Title of the RSS feed, in the feed itself and in every page's <link rel="alternate">. */
export const FEED_TITLE = `${SITE_NAME} — mô hình và báo cáo mới`;

/** A commune's, unit's or field's feed: "Dân vận khéo — mô hình mới: xã Hà Mòn". */
export const groupFeedTitle = (name: string) => `${SITE_NAME} — mô hình mới: ${name}`;

export const mainNav = [
  { href: paths.models, label: 'Mô hình' },
  { href: paths.communes, label: 'Xã, thị trấn' },
  { href: paths.units, label: 'Đơn vị' },
  { href: paths.fields, label: 'Lĩnh vực' },
  { href: paths.years, label: 'Năm' },
  { href: paths.statistics, label: 'Số liệu' },
  { href: paths.reports, label: 'Báo cáo' },
  { href: paths.about, label: 'Giới thiệu' },
] as const;

/** The nav item a path belongs to, so the header can mark it as current. */
export function currentNavHref(pathname: string): string | undefined {
  return mainNav.find((item) => pathname.startsWith(item.href))?.href;
}
