/**
 * Reads an article body with the MDX compiler the build uses (Sätteri, with the same features): syntax faults,
 * faults that only show when the body runs (an undefined component or name), and the
 * links, images and heading anchors the other checks look at. Lines are the file's.
 */
import GithubSlugger from 'github-slugger';
import { evaluate, mdxToMdast } from 'satteri';
import { articleFeatures as features } from '../article/html';

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
  problems: { line?: number; message: string }[];
  links: BodyLink[];
  images: BodyImage[];
  /** Ids of the body's headings, as the built page gives them. */
  anchors: Set<string>;
  /** Characters of text a reader sees (comments and markup left out). */
  textLength: number;
}

interface Node {
  type: string;
  children?: Node[];
  position?: { start: { line: number; column: number } };
  url?: string;
  alt?: string | null;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
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

function syntaxProblem(error: unknown, firstLine: number): { line?: number; message: string } {
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

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(textOf).join('');
}

/** The code of a {…} expression in the body or in a tag's attributes; an MDX comment is not code. */
function expressionIn(node: Node): string | undefined {
  const code = (value: unknown) => {
    const text = typeof value === 'string' ? value.trim() : '';
    return /^\/\*[\s\S]*\*\/$/.test(text) ? undefined : text;
  };
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return code(node.value);
  for (const a of node.attributes ?? []) {
    if (a.type === 'mdxJsxExpressionAttribute') return code(a.value);
    if (a.value !== null && typeof a.value === 'object') return code((a.value as { value?: unknown }).value);
  }
  return undefined;
}

function attribute(node: Node, name: string): string | undefined {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/**
 * Runs the compiled body with a stand-in JSX runtime, the way a page render would call it: a tag
 * the page does not provide (<BieuDo />) fails here as it would in the build.
 */
function runProblem(body: string, tree: Node, lineOf: (node: Node) => number | undefined): { line?: number; message: string } | undefined {
  const render = (type: unknown, props: unknown) => (typeof type === 'function' ? (type as (p: unknown) => unknown)(props ?? {}) : null);
  try {
    const content = evaluate(body, { Fragment: Symbol('Fragment'), jsx: render, jsxs: render, features }) as { default: (props: object) => unknown };
    content.default({});
    return undefined;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const component = /Expected component `([^`]+)` to be defined/.exec(text)?.[1];
    let where: Node | undefined;
    walk(tree, (node) => {
      if (!where && component && node.name === component) where = node;
    });
    const line = where ? lineOf(where) : undefined;
    if (component) return { line, message: `thẻ <${component}> không có trong trang: bài viết chỉ dùng được Markdown và thẻ HTML thường; hãy xóa thẻ này` };
    return { line, message: `bài không hiển thị được: ${text}` };
  }
}

/** Everything the content check needs from one body; `firstLine` is the body's first line in the file. */
export function inspectBody(body: string, firstLine = 1): BodyReport {
  const report: BodyReport = { problems: [], links: [], images: [], anchors: new Set(), textLength: 0 };
  let tree: Node;
  try {
    tree = mdxToMdast(body, { features }) as unknown as Node;
  } catch (error) {
    report.problems.push(syntaxProblem(error, firstLine));
    return report;
  }
  report.textLength = textOf(tree).trim().length;
  const lineOf = (node: Node) => (node.position ? node.position.start.line + firstLine - 1 : undefined);
  const slugger = new GithubSlugger();
  let hasImports = false;
  walk(tree, (node) => {
    const line = lineOf(node);
    const expression = expressionIn(node);
    if (expression !== undefined) report.problems.push({ line, message: `biểu thức {${expression}} không dùng được trong bài: bài chỉ gồm chữ, Markdown và thẻ HTML thường; muốn viết dấu ngoặc nhọn như chữ thường hãy viết \\{ và \\}` });
    if ((node.type === 'link' || node.type === 'definition') && node.url) report.links.push({ url: node.url, line });
    if (node.type === 'image' && node.url !== undefined) report.images.push({ url: node.url, alt: node.alt ?? undefined, line });
    if (node.type === 'heading') report.anchors.add(slugger.slug(textOf(node)));
    if (node.type === 'mdxjsEsm') hasImports = true;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const href = attribute(node, 'href');
      const src = attribute(node, 'src');
      const id = attribute(node, 'id');
      if (node.name === 'a' && href) report.links.push({ url: href, line });
      if (node.name === 'img' && src !== undefined) report.images.push({ url: src, alt: attribute(node, 'alt'), line });
      if (id) report.anchors.add(id);
    }
  });
  // import/export lines need Astro to run; an editor's article has no use for them.
  if (hasImports) {
    walk(tree, (node) => {
      if (node.type === 'mdxjsEsm') report.problems.push({ line: lineOf(node), message: 'bài viết không dùng được dòng import/export: hãy xóa dòng này' });
    });
  }
  // With no expression left, running the body executes none of its text: only its tags are called.
  if (report.problems.length === 0) {
    const problem = runProblem(body, tree, lineOf);
    if (problem) report.problems.push(problem);
  }
  return report;
}
