/**
 * Reads an article body for the content check, from the very tree the renderer prints
 * (src/lib/article/body-tree.ts): what may not be published (syntax faults, an {expression},
 * import/export, a component, markup outside the allow-list), and the links, pictures and heading
 * anchors the other checks look at. Nothing of the body is run. Lines are the file's.
 */
import type { Element, Root, RootContent } from 'hast';
import { bodyTree, type BodyProblem } from '../article/body-tree';

export interface BodyLink {
  url: string;
  line?: number;
}

export interface BodyImage {
  url: string;
  /** Alt text as written; undefined when the image has none. */
  alt?: string;
  line?: number;
}

export interface BodyReport {
  /** Faults that stop the article from being built, in Vietnamese. */
  problems: BodyProblem[];
  links: BodyLink[];
  images: BodyImage[];
  /** Ids of the body's elements (headings among them), as the built page gives them. */
  anchors: Set<string>;
  /** Characters of text a reader sees (comments and markup left out). */
  textLength: number;
}

function walk(node: Root | RootContent, visit: (node: RootContent) => void): void {
  if (node.type !== 'root') visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

/** Everything the content check needs from one body; `firstLine` is the body's first line in the file. */
export function inspectBody(body: string, firstLine = 1): BodyReport {
  const { tree, problems } = bodyTree(body, firstLine);
  const report: BodyReport = { problems, links: [], images: [], anchors: new Set(), textLength: 0 };
  const lineOf = (node: RootContent) => (node.position ? node.position.start.line + firstLine - 1 : undefined);
  let text = '';
  walk(tree, (node) => {
    if (node.type === 'text') text += node.value;
    if (node.type !== 'element') return;
    const { href, src, alt, id } = (node as Element).properties;
    // Footnote references and their way back are the compiler's own links, always to this page.
    const footnote = 'dataFootnoteRef' in node.properties || 'dataFootnoteBackref' in node.properties;
    if (node.tagName === 'a' && typeof href === 'string' && href !== '' && !footnote) report.links.push({ url: href, line: lineOf(node) });
    if (node.tagName === 'img' && typeof src === 'string') report.images.push({ url: src, alt: typeof alt === 'string' ? alt : undefined, line: lineOf(node) });
    if (typeof id === 'string' && id !== '') report.anchors.add(id);
  });
  report.textLength = text.trim().length;
  return report;
}
