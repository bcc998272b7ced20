/** What the content check reports, and how each problem is printed: one line an editor can act on. */
import type { Problem } from './integrity';

export type Severity = 'error' | 'warning';

export interface Finding extends Problem {
  severity: Severity;
}

/** "content/models/x.mdx:12 funding.total: …", warnings marked as such. */
export function formatFinding(finding: Finding): string {
  const where = finding.line === undefined ? finding.file : `${finding.file}:${finding.line}`;
  return `${where} ${finding.field}: ${finding.severity === 'warning' ? 'cảnh báo: ' : ''}${finding.message}`;
}

/** File by file, top to bottom, so an editor fixes each file in one pass. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? Infinity) - (b.line ?? Infinity) || a.field.localeCompare(b.field));
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  return {
    error: findings.filter((f) => f.severity === 'error').length,
    warning: findings.filter((f) => f.severity === 'warning').length,
  };
}

/** The closing line of the check. */
export function summaryLine(findings: readonly Finding[], fileCount: number): string {
  const { error, warning } = countBySeverity(findings);
  const warnings = warning > 0 ? `, ${warning} cảnh báo` : '';
  if (error === 0) return `Đã kiểm tra ${fileCount} tệp: không có lỗi${warnings}.${warning > 0 ? ' Cảnh báo không chặn việc xuất bản.' : ''}`;
  return `Đã kiểm tra ${fileCount} tệp: ${error} lỗi${warnings}. Hãy sửa các lỗi trên rồi chạy lại "npm run check".`;
}

/**
 * The check's lines for the build log: every error, and a warning that many files share (on a large
 * site, "no figures yet" on hundreds of articles) shown for a few files, then counted; `npm run check`
 * still lists them all.
 */
export function condensedLines(findings: readonly Finding[], shownPerWarning = 3): string[] {
  const shown = new Map<string, number>();
  const hidden = new Map<string, { field: string; count: number }>();
  const lines: string[] = [];
  for (const finding of findings) {
    const kind = `${finding.field}\0${finding.message}`;
    const count = finding.severity === 'warning' ? (shown.get(kind) ?? 0) + 1 : 0;
    shown.set(kind, count);
    if (count <= shownPerWarning) lines.push(formatFinding(finding));
    else hidden.set(kind, { field: finding.field, count: (hidden.get(kind)?.count ?? 0) + 1 });
  }
  for (const { field, count } of hidden.values()) lines.push(`… và ${count} tệp khác có cùng cảnh báo ${field} trên (npm run check liệt kê đủ)`);
  return lines;
}
