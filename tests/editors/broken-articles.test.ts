/**
 * Every row of the table fails `npm run check` with exactly its own lines, naming the file, the
 * line where it can, and the field. The build runs this same check before anything else
 * (safe-build.test.ts proves it on representative rows), so each row fails the build too.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { breakProject, errorLines, file, row, rows } from './broken-rows';
import { copyProject, type ProjectCopy } from '../../scripts/lib/project-copy';

const copies: ProjectCopy[] = [];
afterAll(() => copies.forEach((c) => c.remove()));

function brokenCopy(changes: Parameters<typeof breakProject>[1]): ProjectCopy {
  const project = copyProject();
  copies.push(project);
  breakProject(project, changes);
  return project;
}

describe.concurrent('npm run check on a broken article', () => {
  it('the table holds at least 15 distinct mistakes', () => {
    expect(new Set(rows.map((r) => r.mistake)).size).toBeGreaterThanOrEqual(15);
  });

  it.for(rows)('$mistake', async (broken, { expect }) => {
    const check = await brokenCopy(broken).npm('check');
    expect(check.code, check.output).toBe(1);
    const printed = errorLines(check.output);
    expect(printed, check.output).toHaveLength(broken.errors.length);
    broken.errors.forEach((line, i) => expect(printed[i], check.output).toContain(line));
    expect(check.output).toMatch(new RegExp(`: ${broken.errors.length} lỗi(, \\d+ cảnh báo)?\\. Hãy sửa`));
  });

  it('lists every problem of an article at once, not only the first', async () => {
    const together = ['a date written day first', 'an unknown unit', 'an unknown field of work', 'a kind in Vietnamese', 'money written with dots, as text', 'a negative amount', 'a component the page does not have (a render failure)', 'a broken internal link'];
    const edits = together.map((mistake) => row(mistake).edit!);
    const check = await brokenCopy({ edit: (text) => edits.reduce((t, edit) => edit(t), text) }).npm('check');
    expect(check.code).toBe(1);
    expect(errorLines(check.output).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual([
      `${file}:4 publishedAt:`, `${file}:6 unit:`, `${file}:7 fields[1]:`, `${file}:8 kind:`,
      `${file}:10 funding.total:`, `${file}:13 funding.sources[0].amount:`, `${file}:30 (thân`, `${file}:31 (thân`,
    ]);
  });

  it('passes valid content, where warnings do not fail', async () => {
    const check = await brokenCopy({}).npm('check');
    expect(check.code, check.output).toBe(0);
    expect(check.output).toContain('content/models/tuyen-duong-hoa-dak-ngok.mdx (số liệu): cảnh báo: bài chưa có số liệu nào');
    expect(check.output.trim().split('\n').at(-1)).toBe('Đã kiểm tra 12 tệp: không có lỗi, 1 cảnh báo. Cảnh báo không chặn việc xuất bản.');
  });
});
