/**
 * Files stay inside the content folder. An article names files by paths (a cover, a body picture);
 * none may lead outside content/ (or public/ for a site path), a symbolic link included, since a
 * link can point anywhere on the machine that builds. Articles sit directly in content/models/ or
 * content/reports/: one in a subfolder would otherwise be skipped without a word. The content check
 * (files.ts, check.ts) and the site's loader (src/loaders/articles.ts) use the same rules.
 */
import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';

export interface FolderProblem {
  /** Path relative to the working directory. */
  file: string;
  message: string;
}

/** Whether `path`, followed through any link, is `folder` or inside it. */
export function isInside(path: string, folder: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  const from = relative(real(folder), real(path));
  return from === '' || (!from.startsWith('..') && !isAbsolute(from));
}

/** Whether the file at `path` is itself a symbolic link. */
export function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export const linkMessage = (name: string) => `"${name}" là liên kết tắt (symlink) tới tệp khác: trang chỉ đăng tệp thật nằm trong content/; hãy chép chính tệp vào đây thay cho liên kết`;

export const outsideMessage = (written: string, folder: string) => `đường dẫn "${written}" dẫn ra ngoài thư mục ${folder}: ảnh và tệp của bài phải nằm trong ${folder}, ví dụ ./anh/ten-anh.jpg`;

/**
 * What is wrong with the files under an article folder (content/models/): symbolic links anywhere in
 * it, and articles in a subfolder, which the site would not read.
 */
export function folderProblems(dir: string): FolderProblem[] {
  if (!existsSync(dir)) return [];
  const problems: FolderProblem[] = [];
  const visit = (folder: string, depth: number) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const file = relative(process.cwd(), path);
      if (entry.isSymbolicLink()) problems.push({ file, message: linkMessage(entry.name) });
      else if (entry.isDirectory()) visit(path, depth + 1);
      else if (depth > 0 && entry.name.endsWith('.mdx')) {
        problems.push({ file, message: `bài "${entry.name}" nằm trong thư mục con nên không được đưa lên trang: bài phải nằm ngay trong ${relative(process.cwd(), dir) || dir}/; hãy chuyển tệp ra đó (ảnh thì để trong thư mục con anh/)` });
      }
    }
  };
  visit(dir, 0);
  return problems;
}
