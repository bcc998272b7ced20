/**
 * An article body read as data: Sätteri (the MDX compiler Astro's MDX integration uses) parses it
 * into an HTML tree, and nothing of it is ever compiled to JavaScript or run. The MDX parts that
 * would be code (an {expression}, an import/export line, a component) are refused here, and so is
 * any tag, attribute or address outside the allow-list (./allow-list.ts): the content check and the
 * renderer both call bodyTree, so each refuses a body with the same words, wherever it is met first.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { find, html as htmlInfo } from 'property-information';
import { mdxToHast, type Features } from 'satteri';
import { firstInvisible, invisibleMessage } from '../text/invisible';
import { elementProblems } from './allow-list';

/**
 * Characters a body holds at most: the longest article a review gives is a few thousand words
 * (about 30.000 characters); past this it is a pasted book or a file written to slow the build.
 */
export const BODY_LIMIT = 200_000;

/**
 * The Markdown extensions Astro's MDX turns on by default, with the footnote words in Vietnamese
 * (Sätteri's own are English: "Footnotes", "Back to reference 1").
 */
export const articleFeatures: Features = {
  gfm: { footnotes: { label: 'Chú thích', backLabel: 'Quay lại chỗ dẫn chú thích {reference}' } },
  smartPunctuation: true,
};

/** A fault that stops a body from being published; `line` is the file's when firstLine was given. */
export interface BodyProblem {
  line?: number;
  message: string;
}

export interface BodyTree {
  /** The body as plain HTML elements; headings carry their ids. Empty when the body did not parse. */
  tree: Root;
  problems: BodyProblem[];
}

const translations: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/Expected a closing tag for `<([^>]+)>`/, (m) => `thẻ <${m[1]}> mở mà chưa đóng: thêm </${m[1]}> ở cuối, hoặc viết <${m[1]} /> nếu thẻ không có nội dung`],
  [/Unexpected closing tag `<\/([^>]+)>`, expected corresponding closing tag for `<([^>]+)>`/, (m) => `thẻ đóng </${m[1]}> không khớp với thẻ mở <${m[2]}>`],
  [/Unexpected closing tag `<\/([^>]+)>`/, (m) => `thẻ đóng </${m[1]}> không có thẻ mở tương ứng`],
  [/to create a comment in MDX/, () => 'MDX không nhận ghi chú kiểu <!-- … -->: hãy viết {/* ghi chú */} hoặc xóa đi'],
  [/expected a valid JSX tag/, () => 'dấu "<" ở đây bị hiểu là mở một thẻ: muốn viết dấu nhỏ hơn hãy viết \\<, muốn tạo liên kết hãy viết [chữ](địa chỉ)'],
  [/closing brace for `\{`/, () => 'dấu "{" chưa được đóng: muốn viết dấu ngoặc nhọn như chữ thường hãy viết \\{'],
  [/Could not parse expression/, () => 'nội dung trong cặp { } không hợp lệ: muốn viết dấu ngoặc nhọn như chữ thường hãy viết \\{ và \\}'],
];

function syntaxProblem(error: unknown, firstLine: number): BodyProblem {
  const text = error instanceof Error ? error.message : String(error);
  const located = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(text);
  const detail = (located?.[3] ?? text).replace(/\s*\(mdx[^)]*\)\s*$/, '');
  const known = translations.map(([pattern, say]) => {
    const match = detail.match(pattern);
    return match ? say(match) : undefined;
  }).find((m) => m !== undefined);
  const column = located ? `, cột ${located[2]}` : '';
  return {
    line: located ? Number(located[1]) + firstLine - 1 : undefined,
    message: known ? `lỗi cú pháp MDX${column}: ${known}` : `lỗi cú pháp MDX${column}: ${detail}`,
  };
}

/** The MDX nodes Sätteri leaves in the tree; none of them may reach a page as it is. */
interface MdxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' | 'mdxFlowExpression' | 'mdxTextExpression' | 'mdxjsEsm';
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: ElementContent[];
  position?: RootContent['position'];
}

const expressionMessage = (code: string) => `biểu thức {${code}} không dùng được trong bài: bài chỉ gồm chữ, Markdown và thẻ HTML thường; muốn viết dấu ngoặc nhọn như chữ thường hãy viết \\{ và \\}`;
const isComment = (code: string) => /^\/\*[\s\S]*\*\/$/.test(code.trim());

/** A written tag that names a component (<BieuDo>, <x.y>, <a:b>) rather than an HTML element. */
const componentName = /^[A-Z]|[.:]/;

function textOf(node: { type: string; value?: unknown; children?: unknown[] }): string {
  if (node.type === 'text') return String(node.value ?? '');
  return (node.children ?? []).map((c) => textOf(c as Parameters<typeof textOf>[0])).join('');
}

/** Parses a body into plain HTML elements and everything in it that may not be published. */
export function bodyTree(body: string, firstLine = 1): BodyTree {
  if (body.length > BODY_LIMIT) {
    const message = `thân bài dài ${body.length.toLocaleString('vi-VN')} ký tự, quá giới hạn ${BODY_LIMIT.toLocaleString('vi-VN')} ký tự: hãy tách thành nhiều bài hoặc bỏ phần chép thừa`;
    const blankLines = (/^\s*/.exec(body)?.[0] ?? '').split('\n').length - 1;
    return { tree: { type: 'root', children: [] }, problems: [{ line: firstLine + blankLines, message }] };
  }
  let parsed: Root;
  try {
    parsed = mdxToHast(body, { features: articleFeatures }) as Root;
  } catch (error) {
    return { tree: { type: 'root', children: [] }, problems: [syntaxProblem(error, firstLine)] };
  }
  const problems: BodyProblem[] = [];
  const lineOf = (node: { position?: RootContent['position'] }) => (node.position ? node.position.start.line + firstLine - 1 : undefined);
  const slugger = new GithubSlugger();

  /** A JSX element written as an HTML tag, as the element it stands for; undefined when it cannot be one. */
  const asElement = (node: MdxNode): Element | undefined => {
    const name = node.name;
    if (!name) {
      problems.push({ line: lineOf(node), message: 'thẻ rỗng <>…</> không dùng được trong bài; hãy xóa thẻ này' });
      return undefined;
    }
    if (componentName.test(name)) {
      problems.push({ line: lineOf(node), message: `thẻ <${name}> không có trong trang: bài viết chỉ dùng được Markdown và thẻ HTML thường; hãy xóa thẻ này` });
      return undefined;
    }
    const properties: Element['properties'] = {};
    const written = new Map<string, string>();
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.name !== 'string') {
        problems.push({ line: lineOf(node), message: expressionMessage(String((attribute as { value?: unknown }).value ?? '…')) });
        continue;
      }
      const value = attribute.value;
      if (value !== null && value !== undefined && typeof value !== 'string') {
        problems.push({ line: lineOf(node), message: expressionMessage(String((value as { value?: unknown }).value ?? '…')) });
        continue;
      }
      const info = find(htmlInfo, attribute.name);
      written.set(info.property, attribute.name);
      properties[info.property] = value === null || value === undefined ? true : info.spaceSeparated ? value.split(/\s+/).filter(Boolean) : value;
    }
    const element: Element = { type: 'element', tagName: name.toLowerCase(), properties, children: node.children ?? [], position: node.position };
    for (const message of elementProblems(element, written)) problems.push({ line: lineOf(node), message });
    return element;
  };

  const visit = (children: RootContent[]): RootContent[] =>
    children.flatMap((child): RootContent[] => {
      const type = (child as { type: string }).type;
      if (type === 'mdxFlowExpression' || type === 'mdxTextExpression') {
        const code = String((child as MdxNode).value ?? '');
        if (!isComment(code)) problems.push({ line: lineOf(child), message: expressionMessage(code.trim()) });
        return [];
      }
      if (type === 'mdxjsEsm') {
        problems.push({ line: lineOf(child), message: 'bài viết không dùng được dòng import/export: hãy xóa dòng này' });
        return [];
      }
      if (child.type === 'text' && firstInvisible(child.value) !== undefined) problems.push({ line: lineOf(child), message: invisibleMessage('thân bài', child.value) });
      let node: RootContent | undefined = child;
      if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') node = asElement(child as unknown as MdxNode);
      else if (type === 'element') for (const message of elementProblems(child as Element)) problems.push({ line: lineOf(child), message });
      if (!node) return [];
      if (node.type === 'element') {
        const hidden = Object.values(node.properties).flat().find((v) => typeof v === 'string' && firstInvisible(v) !== undefined);
        if (typeof hidden === 'string') problems.push({ line: lineOf(child), message: invisibleMessage(`thuộc tính của thẻ <${node.tagName}>`, hidden) });
      }
      if ('children' in node) node.children = visit(node.children as RootContent[]) as ElementContent[];
      if (node.type === 'element' && /^h[1-6]$/.test(node.tagName) && typeof node.properties.id !== 'string') {
        node.properties.id = slugger.slug(textOf(node));
      }
      return [node];
    });

  parsed.children = visit(parsed.children);
  return { tree: parsed, problems };
}
