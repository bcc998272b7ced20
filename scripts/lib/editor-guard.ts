/**
 * What the web editor's backend lets through, in front of Decap's own file-system middleware:
 * only the actions the form needs; every path inside content/ (no "..", no absolute path, no other
 * folder); no file deleted, no article or picture overwritten by a new one; and an entry is written
 * only when the content check, run on a copy of content/ holding the new text, finds no new error.
 * A refusal answers 422 with the check's own Vietnamese words, which Decap shows to the editor. An entry
 * that passes is written here, each file whole (writeWhole); the rest goes on to Decap's middleware.
 */
import type { NextFunction, Request, Response } from 'express';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, posix, relative } from 'node:path';
import { checkContent } from '../../src/lib/content-check/check';
import { formatFinding, type Finding } from '../../src/lib/content-check/findings';
import { imageExtensions, imageLimits } from '../../src/lib/content-check/images';

const READS = new Set(['info', 'entriesByFolder', 'entriesByFiles', 'getEntry', 'getMedia', 'getMediaFile', 'getDeployPreview']);
const WRITES = new Set(['persistEntry', 'persistMedia']);
const ENTRY_FILE = /^content\/(?:models|reports)\/[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$|^content\/(?:units|communes|fields|acts)\.yaml$/;
const PICTURE_FOLDER = /^content\/(?:models|reports)\/anh\/[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

class Refusal extends Error {}

/** A repository path from the browser, made canonical; refused unless it is content/ or inside it. */
export function contentPath(written: unknown): string {
  if (typeof written !== 'string' || written === '' || written.includes('\\') || written.includes('\0')) throw new Refusal(`đường dẫn không hợp lệ: ${JSON.stringify(written)}`);
  const path = posix.normalize(written).replace(/\/$/, '');
  if (posix.isAbsolute(path) || path.split('/').includes('..') || !(path === 'content' || path.startsWith('content/'))) {
    throw new Refusal(`đường dẫn "${written}" nằm ngoài thư mục content/: trình biên tập chỉ đọc và ghi bài, ảnh và danh mục trong content/`);
  }
  return path;
}

interface Written { path: string; raw: string }

/** Every path a request names, wherever Decap puts it. */
function pathsOf(params: Record<string, any>): unknown[] {
  const paths: unknown[] = [];
  for (const key of ['folder', 'mediaFolder', 'path']) if (key in params) paths.push(params[key]);
  for (const file of params.files ?? []) paths.push(file?.path);
  for (const file of [params.entry, ...(params.dataFiles ?? [])]) if (file) paths.push(file.path, ...(file.newPath ? [file.newPath] : []));
  for (const asset of [...(params.assets ?? []), ...(params.asset ? [params.asset] : [])]) paths.push(asset?.path);
  for (const path of params.paths ?? []) paths.push(path);
  return paths;
}

function pictureProblem(path: string, root: string, bytes: number): string | undefined {
  const name = posix.basename(path);
  if (!PICTURE_FOLDER.test(path)) return `ảnh "${name}" phải được tải vào thư mục anh/ của bài, tên tệp chữ thường không dấu (ví dụ anh/cho-que.jpg)`;
  if (!(imageExtensions as readonly string[]).includes(extname(path).toLowerCase())) return `ảnh "${name}" có định dạng mà trang web không dùng được: hãy lưu lại thành .jpg, .png hoặc .webp`;
  if (existsSync(join(root, path))) return `đã có ảnh tên "${name}": hãy đổi tên tệp ảnh trước khi tải lên, để không thay mất ảnh đang dùng`;
  if (bytes > imageLimits.maxBytes) return `ảnh "${name}" quá ${imageLimits.maxBytes / 1024 / 1024} MB: hãy thu nhỏ ảnh (chiều rộng khoảng 2000 điểm ảnh là đủ) rồi tải lại`;
  return undefined;
}

/** Hard links of every file under `from` into `to`: a copy of content/ that costs no bytes. */
function linkTree(from: string, to: string) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) linkTree(join(from, entry.name), join(to, entry.name));
    else if (entry.isFile()) linkSync(join(from, entry.name), join(to, entry.name));
  }
}

const key = (f: Finding) => `${f.file}|${f.field}|${f.message}`;

/**
 * The check's errors that writing `files` (and pictures) would add; empty when the write is safe.
 * The new text goes into a linked copy of content/ (a written file is unlinked first, so the real
 * one is never touched); findings are reported with their real paths.
 */
export async function newErrors(root: string, files: readonly Written[], pictures: readonly { path: string; bytes: Buffer }[] = []): Promise<string[]> {
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const scratch = mkdtempSync(join(cache, 'dvk-editor-'));
  try {
    const copy = join(scratch, 'content');
    linkTree(join(root, 'content'), copy);
    for (const file of [...files.map((f) => ({ path: f.path, bytes: f.raw })), ...pictures]) {
      const target = join(scratch, file.path);
      mkdirSync(dirname(target), { recursive: true });
      if (existsSync(target)) unlinkSync(target);
      writeFileSync(target, file.bytes);
    }
    const [before, after] = await Promise.all([
      checkContent({ contentDir: join(root, 'content'), publicDir: join(root, 'public') }),
      checkContent({ contentDir: copy, publicDir: join(root, 'public') }),
    ]);
    // Findings name files from the working directory: read both as paths from their own project.
    const errorsOf = (findings: Finding[], base: string) => findings.filter((f) => f.severity === 'error').map((f) => ({ ...f, file: relative(base, join(process.cwd(), f.file)) }));
    const known = new Set(errorsOf(before.findings, root).map(key));
    return errorsOf(after.findings, scratch).filter((f) => !known.has(key(f))).map(formatFinding);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function checkWrite(root: string, params: Record<string, any>): Promise<{ path: string; bytes: string | Buffer }[]> {
  const files: Written[] = (params.dataFiles ?? [params.entry]).map((f: any) => ({ path: contentPath(f.path), raw: String(f.raw ?? '') }));
  for (const file of files) {
    if (!ENTRY_FILE.test(file.path)) throw new Refusal(`tên tệp "${posix.basename(file.path)}" không hợp lệ: tên bài chỉ gồm chữ thường không dấu, số và dấu "-"`);
    if (params.options?.newEntry && existsSync(join(root, file.path))) {
      throw new Refusal(`đã có bài "${posix.basename(file.path)}": trình biên tập không ghi đè bài khác; hãy đổi tiêu đề một chút`);
    }
  }
  if (files.some((f) => f.path !== contentPath(f.path)) || (params.dataFiles ?? []).some((f: any) => f.newPath)) throw new Refusal('không đổi tên tệp bài từ trình biên tập');
  const pictures = (params.assets ?? []).map((a: any) => ({ path: contentPath(a.path), bytes: Buffer.from(String(a.content ?? ''), a.encoding ?? 'base64') }));
  for (const picture of pictures) {
    const problem = pictureProblem(picture.path, root, picture.bytes.length);
    if (problem) throw new Refusal(problem);
  }
  const errors = await newErrors(root, files, pictures);
  if (errors.length > 0) throw new Refusal(`Chưa lưu, vì bài còn lỗi:\n${errors.join('\n')}`);
  return [...files.map((f) => ({ path: f.path, bytes: f.raw })), ...pictures];
}

/**
 * Writes each file whole or not at all: into a temporary file beside it, then renamed over it, so the
 * dev server, a build or a reader never meets half an article (Decap's own middleware writes in place).
 */
function writeWhole(root: string, files: readonly { path: string; bytes: string | Buffer }[]) {
  for (const file of files) {
    const target = join(root, file.path);
    mkdirSync(dirname(target), { recursive: true });
    const partial = `${target}.${process.pid}.tmp`;
    writeFileSync(partial, file.bytes);
    renameSync(partial, target);
  }
}

export function editorGuard(root: string) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const { action, params = {} } = (req.body ?? {}) as { action?: string; params?: Record<string, any> };
    try {
      if (!READS.has(String(action)) && !WRITES.has(String(action))) throw new Refusal(`thao tác "${String(action)}" không được phép trong trình biên tập (không xóa tệp; lưu nháp bằng trường "Bản nháp")`);
      pathsOf(params).forEach(contentPath);
      if (action === 'persistEntry') {
        writeWhole(root, await checkWrite(root, params));
        res.json({ message: 'entry persisted' });
        return;
      }
      if (action === 'persistMedia') {
        const path = contentPath(params.asset?.path);
        const problem = pictureProblem(path, root, Buffer.from(String(params.asset?.content ?? ''), params.asset?.encoding ?? 'base64').length);
        if (problem) throw new Refusal(problem);
      }
      next();
    } catch (error) {
      if (!(error instanceof Refusal)) return next(error);
      res.status(422).json({ error: error.message });
    }
  };
}
