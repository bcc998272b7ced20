/** npm run check:site [folder]: checks the built site (default dist/) and prints every problem; exits 1 on any. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { auditSite, siteReportLines } from './lib/site-audit';

const dir = resolve(process.argv[2] ?? 'dist');
if (!existsSync(dir)) {
  console.error(`Chưa có ${dir}: hãy chạy "npm run build" trước.`);
  process.exit(1);
}
const problems = await auditSite(dir);
for (const line of siteReportLines(problems)) console.log(line);
console.log(problems.length === 0 ? 'Trang đã dựng: không có lỗi.' : `Trang đã dựng: ${problems.length} lỗi.`);
process.exitCode = problems.length === 0 ? 0 : 1;
