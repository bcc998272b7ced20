/**
 * Turns an article's body into HTML when its page is rendered: the body is parsed as data
 * (./body-tree.ts), a body with anything that would run or is outside the allow-list stops its page
 * with the content check's own words, and what is left is sanitised with the allow-list
 * (./allow-list.ts) and printed by hast-util-to-html. No text of an article is ever compiled or run.
 * Pictures are left as markers for the page to draw with the image pipeline (ArticleBody.astro,
 * ./picture-markers.ts).
 */
import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { bodySchema } from './allow-list';
import { bodyTree, type BodyProblem } from './body-tree';
import { bodyImagePath, markerComment, splitAtImages, type ArticleImageRef } from './picture-markers';

export { articleFeatures } from './body-tree';

export interface ArticleHtml {
  /** The body's HTML; each picture is a marker (imageMarker) where articleParts splits it. */
  html: string;
  images: ArticleImageRef[];
}

/** A body that may not be published; its problems are the content check's, with the file's lines. */
export class BodyRefused extends Error {
  constructor(readonly problems: BodyProblem[]) {
    super(problems.map((p) => (p.line === undefined ? p.message : `dòng ${p.line}: ${p.message}`)).join('; '));
    this.name = 'BodyRefused';
  }
}

/** Replaces each picture with its marker (a comment node: no text of the body can forge one). */
function markPictures(tree: Root, images: ArticleImageRef[]): void {
  const visit = (node: Root | Element) => {
    node.children = node.children.map((child) => {
      if (child.type !== 'element') return child;
      if (child.tagName !== 'img') {
        visit(child);
        return child;
      }
      const { src, alt } = child.properties;
      images.push({ src: String(src ?? ''), ...(typeof alt === 'string' ? { alt } : {}) });
      return { type: 'comment', value: markerComment(images.length - 1) };
    });
  };
  visit(tree);
}

/** The body as HTML (headings with the ids Astro gives them) and its pictures; throws BodyRefused. */
export function articleHtml(body: string, firstLine = 1): ArticleHtml {
  const { tree, problems } = bodyTree(body, firstLine);
  if (problems.length > 0) throw new BodyRefused(problems);
  // The allow-list once more, on the tree itself: what the check may have missed never reaches a page.
  const clean = sanitize(tree, bodySchema) as Root;
  const images: ArticleImageRef[] = [];
  markPictures(clean, images);
  return { html: toHtml(clean, { closeSelfClosing: true, tightSelfClosing: true, characterReferences: { useNamedReferences: true } }), images };
}

/**
 * A piece of an article's body: HTML as it is, or a picture, with its path in the project
 * ("/content/models/anh.jpg") when the image pipeline can take it.
 */
export type ArticlePart = { html: string } | { picture: ArticleImageRef; path?: string };

/** The frontmatter block, as the content check reads it (src/lib/content-check/frontmatter.ts). */
const frontmatterFence = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/** The line of `file` where `body` starts, as the check counts it (the line after the fence); 1 when the file cannot say. */
function bodyLineIn(file: string, body: string): number {
  try {
    const text = readFileSync(file, 'utf8');
    const fence = frontmatterFence.exec(text)?.[0] ?? '';
    // Astro may hand the body without the blank lines the check counts; find where it really starts.
    const skipped = text.slice(fence.length).indexOf(body.slice(0, 200));
    return fence.split('\n').length + (skipped > 0 ? text.slice(fence.length, fence.length + skipped).split('\n').length - 1 : 0);
  } catch {
    return 1;
  }
}

/** The body of the article in `file`, in the order the page shows it; a refused body names its file and lines. */
export function articleParts(file: string, body: string): ArticlePart[] {
  let compiled: ArticleHtml;
  try {
    compiled = articleHtml(body);
  } catch (error) {
    if (!(error instanceof BodyRefused)) throw error;
    // Only a refused body pays for reading its file again, to give the lines the check gives.
    const said = bodyTree(body, bodyLineIn(file, body)).problems.map((p) => `${file}${p.line === undefined ? '' : `:${p.line}`} (thân bài): ${p.message}`);
    // Astro prints an error's first line: it is the content check's own line for the first fault.
    throw new Error(`Không dựng được thân bài ${said.join('\n')}\n(npm run check chỉ ra cùng lỗi này)`, { cause: error });
  }
  return splitAtImages(compiled.html).map((part) => {
    if (typeof part === 'string') return { html: part };
    const picture = compiled.images[part]!;
    const path = bodyImagePath(file, picture.src);
    return path === undefined ? { picture } : { picture, path };
  });
}
