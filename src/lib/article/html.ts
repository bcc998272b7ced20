/**
 * Turns an article's MDX body into HTML when its page is rendered, instead of making every article
 * a JavaScript module that Vite bundles and the build then runs (npm run bench: most of a bare MDX
 * site's time and memory at a thousand articles). This is sound because the content check
 * admits only Markdown and plain HTML tags in a body (no import, export, {expression} or component),
 * so running the compiled body executes none of its text. The body is compiled by Sätteri, the MDX
 * compiler Astro's own MDX integration uses, and serialised the way Astro's JSX renderer does, so the
 * HTML is the one the MDX pipeline printed. Pictures are left as markers for the page to draw with
 * the image pipeline (ArticleBody.astro, src/lib/article/picture-markers.ts).
 */
import GithubSlugger from 'github-slugger';
import { evaluate, type Features } from 'satteri';
import { bodyImagePath, imageMarker, splitAtImages, type ArticleImageRef } from './picture-markers';

export interface ArticleHtml {
  /** The body's HTML; each picture is a marker (imageMarker) where articleParts splits it. */
  html: string;
  images: ArticleImageRef[];
}

/**
 * The Markdown extensions Astro's MDX turns on by default, with the footnote words in Vietnamese
 * (Sätteri's own are English: "Footnotes", "Back to reference 1").
 */
export const articleFeatures: Features = {
  gfm: { footnotes: { label: 'Chú thích', backLabel: 'Quay lại chỗ dẫn chú thích {reference}' } },
  smartPunctuation: true,
};

/** Rendered HTML with the text it holds; the text names headings. */
class Markup {
  constructor(
    readonly html: string,
    readonly text: string,
  ) {}
}

const Fragment = Symbol('Fragment');
const voidElements = /^(area|base|br|col|command|embed|hr|img|input|keygen|link|meta|param|source|track|wbr)$/i;
const booleanAttributes =
  /^(?:allowfullscreen|async|autofocus|autoplay|checked|controls|default|defer|disabled|disablepictureinpicture|disableremoteplayback|formnovalidate|inert|loop|muted|nomodule|novalidate|open|playsinline|readonly|required|reversed|scoped|seamless|selected|itemscope)$/i;
const booleanIfBoolean = new Set(['popover', 'download', 'hidden']);
const invalidAttributeName = /[\s"'>/=]/;

function escapeText(text: string): string {
  return text.replace(/[&<>'"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' })[c]!);
}

function escapeAttribute(value: unknown): string {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function styleText(style: Record<string, unknown>): string {
  return Object.entries(style)
    .filter(([, v]) => (typeof v === 'string' && v.trim() !== '') || typeof v === 'number')
    .map(([k, v]) => `${k.startsWith('--') ? k : k.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`)}:${String(v)}`)
    .join(';');
}

/** One attribute as Astro's JSX renderer prints it. */
function attribute(key: string, value: unknown): string {
  if (value === null || value === undefined || invalidAttributeName.test(key)) return '';
  if (key === 'style' && typeof value === 'object') return ` style="${escapeAttribute(styleText(value as Record<string, unknown>))}"`;
  if (key === 'className') return ` class="${escapeAttribute(Array.isArray(value) ? value.join(' ') : value)}"`;
  if (booleanAttributes.test(key) || (booleanIfBoolean.has(key) && typeof value === 'boolean')) return value ? ` ${key}` : '';
  if (value === '') return ` ${key}`;
  return ` ${key}="${escapeAttribute(value)}"`;
}

function markupOf(child: unknown): Markup {
  if (child instanceof Markup) return child;
  if (typeof child === 'string') return new Markup(escapeText(child), child);
  if (typeof child === 'number') return new Markup(String(child), String(child));
  if (Array.isArray(child)) {
    const parts = child.map(markupOf);
    return new Markup(parts.map((p) => p.html).join(''), parts.map((p) => p.text).join(''));
  }
  return new Markup('', '');
}

interface Props {
  children?: unknown;
  [key: string]: unknown;
}

function element(tag: string, { children, ...props }: Props): Markup {
  const inner = markupOf(children);
  const attributes = Object.entries(props).map(([k, v]) => attribute(k, v)).join('');
  const html = inner.html === '' && voidElements.test(tag) ? `<${tag}${attributes}/>` : `<${tag}${attributes}>${inner.html}</${tag}>`;
  return new Markup(html, inner.text);
}

/** The body as HTML (headings with the ids Astro gives them) and its pictures. */
export function articleHtml(body: string): ArticleHtml {
  const slugger = new GithubSlugger();
  const images: ArticleImageRef[] = [];
  const render = (type: unknown, rawProps: unknown): Markup => {
    const props = rawProps as Props;
    if (type === Fragment) return markupOf(props.children);
    if (typeof type === 'function') return (type as (p: Props) => Markup)(props);
    return element(String(type), props);
  };
  // Markdown headings and pictures come through these; a heading written as an HTML tag keeps its own id.
  const heading = (depth: number) => (props: Props) => {
    const slug = typeof props.id === 'string' ? props.id : slugger.slug(markupOf(props.children).text);
    return element(`h${depth}`, { ...props, id: slug });
  };
  const components = {
    ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((depth) => [`h${depth}`, heading(depth)])),
    img: ({ src, alt }: Props) => {
      images.push({ src: String(src), ...(typeof alt === 'string' ? { alt } : {}) });
      return new Markup(imageMarker(images.length - 1), typeof alt === 'string' ? alt : '');
    },
  };
  const content = evaluate(body, { Fragment, jsx: render, jsxs: render, features: articleFeatures }) as { default: (props: object) => unknown };
  return { html: markupOf(content.default({ components })).html, images };
}

/**
 * A piece of an article's body: HTML as it is, or a picture, with its path in the project
 * ("/content/models/anh.jpg") when the image pipeline can take it.
 */
export type ArticlePart = { html: string } | { picture: ArticleImageRef; path?: string };

/** The body of the article in `file`, in the order the page shows it; a body that does not compile names its file. */
export function articleParts(file: string, body: string): ArticlePart[] {
  let compiled: ArticleHtml;
  try {
    compiled = articleHtml(body);
  } catch (error) {
    throw new Error(`Không dựng được thân bài ${file}: ${(error as Error).message} (npm run check chỉ rõ dòng lỗi).`, { cause: error });
  }
  return splitAtImages(compiled.html).map((part) => {
    if (typeof part === 'string') return { html: part };
    const picture = compiled.images[part]!;
    const path = bodyImagePath(file, picture.src);
    return path === undefined ? { picture } : { picture, path };
  });
}
