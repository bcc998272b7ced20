/**
 * The one allow-list of HTML for article bodies: a hast-util-sanitize schema of the tags and
 * attributes Markdown produces and editors may write by hand, and the addresses a link or a picture
 * may take. The renderer sanitises every body with it (src/lib/article/html.ts) and the content
 * check reports, from the same schema, what a body has outside it (src/lib/article/body-tree.ts).
 */
import type { Element } from 'hast';
import { defaultSchema, type Schema } from 'hast-util-sanitize';

type AttributeRule = NonNullable<Schema['attributes']>[string][number];

/** Markdown's own output (GFM tables, task lists, footnotes) and the plain tags of a written text. */
const tagNames = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt',
  'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'input', 'ins', 'kbd', 'li',
  'mark', 'ol', 'p', 'pre', 'q', 's', 'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul',
];

/** The alignment a GFM table column is given ("| :-- |"), and nothing else a style could say. */
const alignment: AttributeRule = ['style', /^text-align: ?(left|center|right);?$/];

export const bodySchema: Schema = {
  tagNames,
  attributes: {
    '*': ['id', 'title', 'lang', 'className'],
    a: ['href', 'ariaDescribedBy', 'ariaLabel', 'dataFootnoteRef', 'dataFootnoteBackref'],
    img: ['src', 'alt', 'width', 'height'],
    td: ['colSpan', 'rowSpan', alignment],
    th: ['colSpan', 'rowSpan', 'scope', alignment],
    ol: ['start', 'reversed'],
    li: ['value'],
    section: ['dataFootnotes'],
    time: ['dateTime'],
    details: ['open'],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite'],
    ins: ['cite'],
    // Task lists ("- [x] xong") are the only inputs: a ticked or empty box nobody can change.
    input: [['type', 'checkbox'], ['checked', true], ['disabled', true]],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  ancestors: defaultSchema.ancestors,
  // Heading ids are the page's anchors (#kinh-phí); a body has no script that a clobbered id could fool.
  clobber: [],
  // A picture comes from the site itself, never from another host (nothing loads from elsewhere at run time).
  protocols: { href: ['http', 'https', 'mailto', 'tel'], src: [], cite: ['http', 'https'] },
  // Whatever is inside these is code or a control, never text of the article.
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'textarea', 'select', 'svg', 'math', 'frameset', 'noembed'],
};

/** The properties of a tag that hold an address, with the schemes each may use. */
const urlProperties = bodySchema.protocols as Record<string, string[]>;

/**
 * Why an address cannot be used in a body, or undefined when it can: a scheme outside the list, or
 * an address that only looks like a site path ("//host", "/\host" go to another site).
 */
export function urlProblem(property: string, url: string): string | undefined {
  const schemes = urlProperties[property];
  if (!schemes) return undefined;
  const value = url.trim();
  const scheme = /^([^/?#]*?):/.exec(value)?.[1];
  const allowed = property === 'href' ? 'http(s):, mailto:, tel:, đường dẫn trong trang (/…) hoặc #neo' : property === 'src' ? 'đường dẫn tới tệp ảnh cạnh bài (./anh/…)' : 'http(s):';
  if (property === 'src' && (/^https?$/i.test(scheme ?? '') || /^[/\\]{2}/.test(value))) return `ảnh "${url}" lấy từ trang web khác: hãy tải ảnh về, đặt cạnh bài (thư mục anh/) rồi ghi ./anh/<tên-ảnh>`;
  if (scheme !== undefined && !schemes.includes(scheme.toLowerCase())) return `địa chỉ "${url}" không được dùng trong bài: chỉ dùng ${allowed}`;
  // A link is an address, never a file: the site publishes nothing beside the articles' pictures, so
  // "../../tai-lieu.pdf" or "/../etc/passwd" can only lead out of the page (or to nothing).
  if (property === 'href' && scheme === undefined && /(^|[/\\])\.\.([/\\?#]|$)/.test(value.split(/[?#]/)[0]!)) {
    return `liên kết "${url}" trèo ra ngoài bằng "..": trang web không đăng tệp nào theo liên kết; liên kết tới trang khác của trang web hãy viết từ "/" (ví dụ /mo-hinh/ten-bai/)`;
  }
  if (/^[/\\]{2}|^\/\\/.test(value)) return `địa chỉ "${url}" dẫn sang trang web khác mà không ghi rõ: hãy viết đầy đủ https://…`;
  return undefined;
}

function valueAllowed(rule: AttributeRule, value: unknown): boolean {
  if (typeof rule === 'string') return true;
  const [, ...allowed] = rule;
  const values = Array.isArray(value) ? value : [value];
  return values.every((v) => allowed.some((a) => (a instanceof RegExp ? a.test(String(v)) : a === v)));
}

/** Whether the schema lets `tag` carry `property` with `value`. */
function attributeAllowed(tag: string, property: string, value: unknown): boolean {
  const rules = [...(bodySchema.attributes?.[tag] ?? []), ...(bodySchema.attributes?.['*'] ?? [])];
  const rule = rules.find((r) => (typeof r === 'string' ? r : r[0]) === property);
  return rule !== undefined && valueAllowed(rule, value);
}

/** The name an editor wrote for a hast property ("onClick" → "onclick", "className" → "class"). */
function writtenName(property: string, written?: Map<string, string>): string {
  return written?.get(property) ?? property;
}

/**
 * What an element has outside the allow-list, in Vietnamese: its tag, each attribute the schema does
 * not give it, each address it may not use. `written` maps properties back to the names the editor wrote.
 */
export function elementProblems(element: Element, written?: Map<string, string>): string[] {
  const tag = element.tagName;
  if (!tagNames.includes(tag)) {
    return [`thẻ <${tag}> không được dùng trong bài: bài chỉ gồm chữ, Markdown và các thẻ HTML thường (xem mục "Bảo mật nội dung" trong hướng dẫn biên tập); hãy xóa thẻ này`];
  }
  const problems: string[] = [];
  for (const [property, value] of Object.entries(element.properties ?? {})) {
    if (value === undefined || value === null) continue;
    if (!attributeAllowed(tag, property, value)) {
      problems.push(`thuộc tính ${writtenName(property, written)}="${String(value)}" của thẻ <${tag}> không được dùng trong bài; hãy xóa thuộc tính này`);
      continue;
    }
    const url = urlProblem(property, String(value));
    if (url) problems.push(url);
  }
  return problems;
}
