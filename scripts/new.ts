/**
 * npm run new — creates a new model article, or adds a unit or a commune:
 *   npm run new                                   asks step by step
 *   npm run new -- --title "…" --unit … --fields … --kind collective
 *   npm run new -- don-vi --name "…" --short-name "…" --kind school --school-level thcs
 *   npm run new -- xa --name "…" --kind xa --province "tỉnh …" [--district "huyện …" --code 23510] --aliases "…, …"
 */
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { addCommune, addUnit, contextFor, newModel, ScaffoldError, type Flags, type Io } from '../src/lib/scaffold/flow';

const usage = `Cách dùng:
  npm run new                                    tạo bài mô hình mới, hỏi từng bước
  npm run new -- --title "Tên mô hình" --unit <mã hoặc tên> --commune <mã hoặc tên> --fields <mã,mã> --kind collective|individual [--source <mã báo cáo>] [--person "Họ tên"] [--author "…"] [--slug …]
  npm run new -- don-vi [--name "…" --short-name "…" --kind school|commune|agency|enterprise --school-level mam-non|tieu-hoc|thcs|thpt|lien-cap --commune … --aliases "…, …"]
  npm run new -- xa [--name "…" --kind xa|thi-tran|phuong --province "tỉnh …" --district "huyện …" --code 23510 --aliases "…, …"]`;

const text = { type: 'string' } as const;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    title: text, slug: text, source: text, unit: text, commune: text, fields: text, kind: text, person: text, author: text,
    name: text, 'short-name': text, 'school-level': text, aliases: text, province: text, district: text, code: text, help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

// Lines are read through the iterator, which buffers them: answers piped in all at once are not lost.
const lines = createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]();
const io: Io = {
  async ask(question) {
    process.stdout.write(question);
    const next = await lines.next();
    if (next.done) throw new ScaffoldError('không còn câu trả lời nào (đầu vào đã hết)');
    return next.value;
  },
  say: (line) => console.log(line),
};

const [what = 'mo-hinh'] = positionals;
const flags = values as Flags;
const interactive = what === 'mo-hinh' ? flags.title === undefined : flags.name === undefined;
const ctx = contextFor(resolve('content'), io, interactive);
try {
  if (what === 'mo-hinh') await newModel(ctx, flags);
  else if (what === 'don-vi') await addUnit(ctx, flags);
  else if (what === 'xa') await addCommune(ctx, flags);
  else throw new ScaffoldError(`không biết "${what}": chỉ có mo-hinh, don-vi, xa\n${usage}`);
  process.exit(0);
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(`Lỗi: ${error.message}`);
  process.exit(1);
}
