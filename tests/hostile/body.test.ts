/**
 * Hostile article bodies on the three paths: code that would run in Node ({expression}, export, a
 * component), markup outside the allow-list, and addresses that lead off the site. The check
 * names file, line and what to write instead; `npm run build` refuses and keeps dist/; a plain
 * `astro build`, which never ran the check, stops on the same words, runs nothing, and publishes
 * nothing of the body.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { article, errorLines, hostileCopy, hostileFile, removeCopies } from './harness';

afterAll(removeCopies);

/** The body starts on line 10 of article(): 8 frontmatter lines, the fence, a blank line. */
const bodyLine = 10;

const cases: [string, string, string][] = [
  ['an expression that writes a file', "{require('node:fs').writeFileSync('HACKED', 'x')}", 'biểu thức {'],
  ['an expression in an attribute', "<b title={process.mainModule.require('node:fs').writeFileSync('HACKED', 'x')}>x</b>", 'biểu thức {'],
  ['an export line', "export const x = require('node:fs').writeFileSync('HACKED', 'x')", 'import/export'],
  ['a component', '<BieuDo loai="cot" />', 'thẻ <BieuDo>'],
  ['a script tag', '<script>document.title = "HACKED"</script>', 'thẻ <script>'],
  ['a refresh to another site', '<meta http-equiv="refresh" content="0;url=https://trang-khac.example/" />', 'thẻ <meta>'],
  ['an iframe', '<iframe src="https://trang-khac.example/HACKED"></iframe>', 'thẻ <iframe>'],
  ['a form posting elsewhere', '<form action="https://trang-khac.example/HACKED"><input name="mk" /></form>', 'thẻ <form>'],
  ['an event handler', '<b onmouseover="HACKED()">đậm</b>', 'thuộc tính onmouseover'],
  ['a javascript: link', '[bấm vào đây](javascript:HACKED())', 'địa chỉ "javascript:HACKED()"'],
  ['a protocol-relative link', '[bấm vào đây](//trang-khac.example/HACKED)', 'dẫn sang trang web khác'],
  ['a link to a file outside the site', '[tài liệu](../../../HACKED/passwd)', 'trèo ra ngoài bằng ".."'],
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fileOf = (index: number) => `content/models/bai-${index + 1}.mdx`;

// The check and npm run build see every case at once (each in its own article), as an editor's
// pull request would; a plain astro build stops at the first fault, so it gets a copy per case.
describe('the check and npm run build refuse every hostile body, naming file and line', () => {
  it('all at once, dist/ kept', async () => {
    const copy = hostileCopy(Object.fromEntries(cases.map(([, body], i) => [fileOf(i), article({ title: `Bài thử ${i + 1}`, body: `Một đoạn.\n\n${body}` })])));
    const before = copy.distHash();
    const check = await copy.npm('check');
    expect(check.code, check.output).toBe(1);
    cases.forEach(([, , said], i) => {
      const lines = errorLines(check.output).filter((l) => l.startsWith(`${fileOf(i)}:`));
      expect(lines[0], check.output).toMatch(new RegExp(`^${escape(`${fileOf(i)}:${bodyLine + 2} (thân bài): `)}.*${escape(said)}`));
    });
    const build = await copy.npm('build');
    expect(build.code).toBe(1);
    expect(errorLines(build.output)).toEqual(errorLines(check.output));
    expect(copy.distHash()).toBe(before);
    expect(copy.leftovers()).toEqual([]);
    expect(existsSync(join(copy.root, 'HACKED'))).toBe(false);
  });
});

describe.concurrent('a plain astro build, which never ran the check, stops on the same words and runs nothing', () => {
  it.for(cases)('%s', async ([, body, said], { expect }) => {
    const copy = hostileCopy({ [hostileFile]: article({ body: `Một đoạn.\n\n${body}` }) });
    const plain = await copy.astroBuild();
    expect(plain.code, plain.output).not.toBe(0);
    expect(plain.output).toContain(`${hostileFile}:${bodyLine + 2} (thân bài):`);
    expect(plain.output).toContain(said);
    expect(existsSync(join(copy.root, 'HACKED'))).toBe(false);
    for (const file of copy.filesIn('.plain-dist')) {
      if (/\.(html|xml|json|csv|txt)$/.test(file)) expect(readFileSync(join(plain.dist, file), 'utf8'), file).not.toContain('HACKED');
    }
  });
});
