/**
 * Content rules beyond the schemas and references: names that collide, dates that have not
 * come yet, text typed in decomposed Unicode, file names that cannot be URLs, and the
 * warnings an editor should see without being stopped.
 */
import type { Model } from '../../schemas/model';
import type { IntegrityInput, Problem, RawContent } from './integrity';
import { fold, slugify } from '../text/vietnamese';

/** Today in Vietnam as YYYY-MM-DD: an article dated today must pass whatever the server's clock zone. */
export function todayInVietnam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const fileOf = (entry: { id: string; filePath?: string }, folder: string) => entry.filePath ?? `content/${folder}/${entry.id}.mdx`;

/** Two articles of a collection whose titles read the same once marks and case are ignored. */
export function duplicateTitles(references: IntegrityInput): Problem[] {
  const problems: Problem[] = [];
  for (const [folder, entries] of [['models', references.models], ['reports', references.reports]] as const) {
    const seen = new Map<string, string>();
    for (const entry of entries) {
      if (typeof entry.data.title !== 'string' || entry.data.title.trim() === '') continue;
      const key = fold(entry.data.title);
      const first = seen.get(key);
      if (first) problems.push({ file: fileOf(entry, folder), field: 'title', message: `tiêu đề "${entry.data.title.trim()}" trùng với bài ${first}: hãy đặt tiêu đề khác để người đọc phân biệt` });
      else seen.set(key, fileOf(entry, folder));
    }
  }
  return problems;
}

/** An article's file name is its address: lower-case ASCII words joined by "-", one file per address. */
export function fileNameProblems(files: readonly { file: string; article?: { id: string } }[]): Problem[] {
  const ids = new Set(files.flatMap((f) => (f.article ? [f.article.id] : [])));
  return files.flatMap((f): Problem[] => {
    if (!f.article || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(f.article.id)) return [];
    const suggested = slugify(f.article.id);
    const taken = suggested !== '' && ids.has(suggested);
    const message = taken
      ? `tên tệp "${f.article.id}.mdx" trùng địa chỉ với tệp "${suggested}.mdx" đã có: hãy gộp hai bài hoặc đặt tên khác`
      : `tên tệp "${f.article.id}.mdx" không dùng được làm địa chỉ trang (chỉ gồm chữ thường không dấu, số và dấu "-"): hãy đổi thành "${suggested || 'ten-bai'}.mdx"`;
    return [{ file: f.file, field: '(tên tệp)', message }];
  });
}

interface Dated {
  id: string;
  filePath?: string;
  data: { publishedAt?: Date; updatedAt?: Date; yearStarted?: number };
}

/**
 * Dates after today, corrections dated before publication, models said to start in a year to
 * come. Entries may be partial: a date that failed its own schema is reported there instead.
 */
export function dateProblems(content: { models: readonly Dated[]; reports: readonly Dated[] }, today: string): Problem[] {
  const problems: Problem[] = [];
  const thisYear = Number(today.slice(0, 4));
  const future = (file: string, field: string, date: Date | undefined) => {
    if (date && isoDay(date) > today) problems.push({ file, field, message: `ngày ${isoDay(date)} chưa tới (hôm nay là ${today}): hãy ghi ngày đã qua hoặc hôm nay` });
  };
  for (const model of content.models) {
    const file = fileOf(model, 'models');
    future(file, 'publishedAt', model.data.publishedAt);
    future(file, 'updatedAt', model.data.updatedAt);
    if (model.data.updatedAt && model.data.publishedAt && model.data.updatedAt < model.data.publishedAt) {
      problems.push({ file, field: 'updatedAt', message: `ngày cập nhật ${isoDay(model.data.updatedAt)} trước ngày đăng ${isoDay(model.data.publishedAt)}` });
    }
    if (model.data.yearStarted !== undefined && model.data.yearStarted > thisYear) {
      problems.push({ file, field: 'yearStarted', message: `năm bắt đầu ${model.data.yearStarted} chưa tới (năm nay là ${thisYear})` });
    }
  }
  for (const report of content.reports) future(fileOf(report, 'reports'), 'publishedAt', report.data.publishedAt);
  return problems;
}

export interface TextFile {
  file: string;
  text: string;
  /** The field written on a line, or undefined outside every field. */
  fieldAt: (line: number) => string | undefined;
}

/**
 * Lines typed in decomposed Unicode (a base letter followed by separate marks, as some
 * keyboards and copy-paste produce): they look right but search and sorting miss them.
 */
export function nfcProblems(file: TextFile): Problem[] {
  return file.text.split('\n').flatMap((line, index): Problem[] => {
    if (line === line.normalize('NFC')) return [];
    const word = line.split(/\s+/).find((w) => w !== w.normalize('NFC')) ?? line;
    return [{
      file: file.file,
      line: index + 1,
      field: file.fieldAt(index + 1) ?? '(chữ)',
      message: `chữ "${word.normalize('NFC')}" được gõ bằng dấu rời (không phải dạng Unicode NFC), tìm kiếm sẽ không thấy: chạy "npm run check -- --fix" để sửa tự động`,
    }];
  });
}

/** Rewrites a text in NFC; the one automatic fix the check offers, since it never changes what a reader sees. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/** Whether a model gives any figure (money mobilised, benefit, people, a result); the warning below and the editors' worklist share it. */
export function hasFigures(model: Pick<Model, 'funding' | 'benefit' | 'beneficiaries' | 'outcomes'>): boolean {
  return Boolean(model.funding || model.benefit || model.beneficiaries.length > 0 || model.outcomes.length > 0);
}

/** Things worth telling an editor that do not stop publication. */
export function contentWarnings(raw: RawContent): Problem[] {
  return raw.models.flatMap((model): Problem[] => {
    if (hasFigures(model.data)) return [];
    return [{
      file: fileOf(model, 'models'),
      field: '(số liệu)',
      message: 'bài chưa có số liệu nào (funding, beneficiaries, outcomes, benefit): nếu nguồn có nêu con số, hãy ghi vào để được cộng trong các bộ đếm; nếu không, để trống là đúng',
    }];
  });
}
