/** Tells whether a link written in an article leads somewhere on the site, and if not, why. */
import { closest } from '../text/vietnamese';

export interface LinkTargets {
  /** Every page and file the site serves, as paths ("/mo-hinh/cho-que/", "/favicon.svg"). */
  urls: ReadonlySet<string>;
  /** Ids on the pages whose ids are known from their content; other pages' anchors are not judged. */
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
  /** Which missing addresses count as broken; default: every one (when `urls` is complete). */
  judged?: (path: string) => boolean;
}

const base = 'http://site.invalid';

/** Percent-decoding that never throws on a stray "%". */
export function safeDecode(value: string, decode: (v: string) => string = decodeURI): string {
  try {
    return decode(value);
  } catch {
    return value;
  }
}
const previewHosts = new Set(['localhost', '127.0.0.1', '0.0.0.0']);

/** The known value closest to a typo, or the one address that begins like a shortened one ("/mo-hinh/cho-que/"). */
function guess(written: string, known: Iterable<string>): string {
  const all = [...known];
  const stem = written.replace(/\/$/, '');
  const longer = all.filter((k) => k.startsWith(`${stem}-`));
  const match = closest(written, all) ?? (longer.length === 1 ? longer[0] : undefined);
  return match === undefined ? '' : ` Có phải ý bạn là "${match}"?`;
}

/**
 * A Vietnamese message when `href`, written on the page at `from`, does not resolve;
 * undefined when it does or when it leaves the site (other sites are not checked).
 */
export function linkProblem(href: string, from: string, targets: LinkTargets): string | undefined {
  const written = href.trim();
  if (written === '') return 'liên kết không có địa chỉ';
  if (/^(mailto|tel):/i.test(written)) return undefined;
  let url: URL;
  try {
    url = new URL(written, base + from);
  } catch {
    return `địa chỉ liên kết "${written}" không hợp lệ`;
  }
  if (url.origin !== base) {
    if (previewHosts.has(url.hostname)) return `liên kết "${written}" trỏ tới máy xem thử, người đọc không mở được: hãy viết "${url.pathname}${url.hash}"`;
    return undefined;
  }
  const path = safeDecode(url.pathname);
  if (!targets.urls.has(path)) {
    if (targets.urls.has(`${path}/`)) return `liên kết "${written}" thiếu dấu "/" ở cuối: hãy viết "${path}/${url.hash}"`;
    if (targets.judged && !targets.judged(path)) return undefined;
    return `liên kết tới trang không có: "${path}".${guess(path, targets.urls)}`;
  }
  const anchor = safeDecode(url.hash.slice(1), decodeURIComponent);
  const ids = targets.anchors.get(path);
  if (anchor && ids && !ids.has(anchor)) {
    return `trang "${path}" không có mục "#${anchor}".${guess(anchor, ids)}`;
  }
  return undefined;
}
