/**
 * The content check: every rule over every file at once, so an editor sees all that is wrong
 * in one run. `npm run check` prints it; `npm run build` runs it before building anything.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BODY_FIELD, loadContentFiles, type ContentFile } from './files';
import { contentWarnings, dateProblems, duplicateTitles, fileNameProblems, nfcProblems, todayInVietnam, toNfc } from './rules';
import { condensedLines, countBySeverity, formatFinding, sortFindings, summaryLine, type Finding } from './findings';
import { checkIntegrity, type Problem, type RawContent } from './integrity';
import { linkProblem, safeDecode } from './internal-links';
import { inspectBody } from './body';
import { paths } from '../site/paths';
import { judgedByContent, siteUrls } from './site-urls';
import { imageProblem } from './images';
import { isInside, isLink, linkMessage, outsideMessage } from './containment';
import { withoutInvisible } from '../text/invisible';

export interface CheckOptions {
  /** The content folder; default content/ in the working directory. */
  contentDir?: string;
  /** The folder served as is; its files are link targets too. Default public/ beside the content folder. */
  publicDir?: string;
  /** YYYY-MM-DD; default today in Vietnam. */
  today?: string;
}

export interface CheckResult {
  findings: Finding[];
  files: ContentFile[];
  /** The entries that passed their schema, as the site reads them. */
  raw: RawContent;
}

function publicUrls(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => `/${name.split('\\').join('/')}`);
}

function pageOf(file: ContentFile): string {
  const id = file.article?.id ?? '';
  return file.collection === 'reports' ? paths.report(id) : paths.model(id);
}

/** Where a picture written in an article lives on disk, or a message when it cannot be there. */
function imagePath(written: string, file: ContentFile, publicDir: string, contentDir: string): { path?: string; problem?: string } {
  // A picture from another host is refused by the body's allow-list (src/lib/article/allow-list.ts), once.
  if (/^[a-z]+:/i.test(written) || /^[/\\]{2}/.test(written)) return {};
  const [path, folder, name] = written.startsWith('/') ? [join(publicDir, safeDecode(written)), publicDir, 'public/'] : [resolve(dirname(file.path), safeDecode(written)), contentDir, 'content/'];
  if (isLink(path)) return { problem: linkMessage(written) };
  if (!isInside(path, folder)) return { problem: outsideMessage(written, name) };
  return { path };
}

async function articleProblems(file: ContentFile, urls: Set<string>, publicDir: string, contentDir: string): Promise<Problem[]> {
  const article = file.article!;
  const problems: Problem[] = [];
  const at = (line: number | undefined, message: string, field = BODY_FIELD): Problem => ({ file: file.file, field, line, message });
  const body = inspectBody(article.body, article.bodyLine);
  problems.push(...body.problems.map((p) => at(p.line, p.message)));
  if (body.problems.length === 0 && body.textLength === 0) problems.push(at(article.bodyLine, 'thân bài còn trống: hãy viết nội dung bài dưới dòng --- thứ hai'));
  for (const link of body.links) {
    const message = linkProblem(link.url, pageOf(file), { urls, anchors: new Map(), judged: judgedByContent });
    if (message) problems.push(at(link.line, message));
  }
  for (const image of body.images) {
    if (!image.alt?.trim()) problems.push(at(image.line, `ảnh "${image.url}" chưa có mô tả: viết ![mô tả ngắn điều ảnh cho thấy](${image.url || './anh/ten-anh.jpg'})`));
    const { path, problem } = imagePath(image.url, file, publicDir, contentDir);
    const message = problem ?? (path && (await imageProblem(path, image.url)));
    if (message) problems.push(at(image.line, message));
  }
  const cover = (article.frontmatter as { cover?: { src?: unknown } } | undefined)?.cover;
  if (typeof cover?.src === 'string' && cover.src.trim() !== '') {
    const written = cover.src.trim();
    const { path, problem } = written.startsWith('./') || written.startsWith('../')
      ? imagePath(written, file, publicDir, contentDir)
      : { problem: `đường dẫn ảnh bìa phải tính từ thư mục chứa bài và bắt đầu bằng ./, ví dụ ./anh/${file.article!.id}.jpg` };
    const message = problem ?? (path && (await imageProblem(path, written)));
    if (message) problems.push({ file: file.file, field: 'cover.src', line: file.locate('cover.src'), message });
  }
  return problems;
}

/** Runs every rule; the findings are sorted file by file. */
export async function checkContent(options: CheckOptions = {}): Promise<CheckResult> {
  const contentDir = resolve(options.contentDir ?? 'content');
  const publicDir = resolve(options.publicDir ?? join(contentDir, '..', 'public'));
  const loaded = loadContentFiles(contentDir);
  const byFile = new Map(loaded.files.map((f) => [f.file, f]));
  const withLine = (p: Problem): Problem => (p.line === undefined ? { ...p, line: byFile.get(p.file)?.locate(p.field) } : p);
  const urls = new Set([...siteUrls(loaded.references, loaded.raw), ...publicUrls(publicDir)]);

  const errors: Problem[] = [
    ...loaded.problems,
    ...checkIntegrity(loaded.references).map(withLine),
    ...duplicateTitles(loaded.references).map(withLine),
    ...fileNameProblems(loaded.files),
    ...dateProblems(loaded.references, options.today ?? todayInVietnam()).map(withLine),
    ...loaded.files.flatMap(nfcProblems),
  ];
  for (const file of loaded.files) if (file.article) errors.push(...(await articleProblems(file, urls, publicDir, contentDir)));
  const findings: Finding[] = [
    ...errors.map((p): Finding => ({ ...p, severity: 'error' })),
    ...contentWarnings(loaded.raw).map((p): Finding => ({ ...withLine(p), severity: 'warning' })),
  ];
  return { findings: sortFindings(findings), files: loaded.files, raw: loaded.raw };
}

/** What --fix writes: the text in NFC with its invisible and direction-control characters removed. */
function fixedText(text: string): string {
  return withoutInvisible(toNfc(text));
}

/**
 * Runs the check and prints one line per finding and the summary; `ok` when there is no error, with the content as read.
 * With `fix`, text typed in decomposed Unicode is first rewritten in NFC and invisible characters removed; with `condensed` (the
 * build log), a warning many files share is counted instead of repeated.
 */
export async function printCheck(options: CheckOptions & { fix?: boolean; condensed?: boolean } = {}): Promise<{ ok: boolean; raw: RawContent }> {
  let result = await checkContent(options);
  if (options.fix) {
    const fixed = result.files.filter((f) => f.text !== fixedText(f.text));
    // The file is read again as bytes were decoded: a leading byte-order mark goes with the invisible characters.
    for (const file of fixed) writeFileSync(file.path, fixedText(readFileSync(file.path, 'utf8')));
    if (fixed.length > 0) {
      console.log(`Đã sửa ${fixed.length} tệp (chữ chuyển sang dạng NFC, bỏ ký tự vô hình): ${fixed.map((f) => f.file).join(', ')}`);
      result = await checkContent(options);
    }
  }
  for (const line of options.condensed ? condensedLines(result.findings) : result.findings.map(formatFinding)) console.log(line);
  console.log(summaryLine(result.findings, result.files.length));
  return { ok: countBySeverity(result.findings).error === 0, raw: result.raw };
}
