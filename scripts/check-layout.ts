/** npm run check:layout: prints every import that breaks the code's shape (scripts/lib/architecture.ts); exits 1 on any. */
import { formatViolation, layoutViolations } from './lib/architecture';

const violations = await layoutViolations();
for (const violation of violations) console.log(formatViolation(violation));
console.log(violations.length === 0 ? 'Cấu trúc mã: không có lỗi.' : `Cấu trúc mã: ${violations.length} lỗi.`);
process.exitCode = violations.length === 0 ? 0 : 1;
