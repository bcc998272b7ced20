/**
 * npm run build: checks the content, then builds into a staging folder and puts it in place
 * of dist/ only when everything succeeded. Any failure leaves the published dist/ untouched.
 * Arguments are passed on to `astro build`.
 */
import { printCheck } from './lib/content-check';
import { stagedBuild } from './lib/staged-build';

const keep = 'Trang đã dựng lần trước trong dist/ vẫn giữ nguyên.';

console.log('Bước 1/2: kiểm tra nội dung (npm run check)…');
if (!(await printCheck())) {
  console.error(`Không dựng trang vì nội dung còn lỗi. ${keep}`);
  process.exit(1);
}
console.log('Bước 2/2: dựng trang vào thư mục tạm, xong mới thay dist/…');
const result = await stagedBuild({ root: process.cwd(), astroArgs: process.argv.slice(2) });
if (!result.ok) {
  console.error(`Dựng trang thất bại: ${result.reason}. ${keep}`);
  process.exit(1);
}
console.log('Đã dựng xong và thay dist/ bằng bản mới.');
