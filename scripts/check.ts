/**
 * npm run check: validates all content and prints every problem, one line each, then a count.
 * Exits 1 on any error; warnings do not fail. "--fix" first rewrites text typed in decomposed
 * Unicode and removes invisible characters (the faults that can be fixed without a person's judgement).
 * "--condensed" gathers a warning many articles share into a few lines and a count (npm run build's log);
 * "--card-specs FILE" writes, when the check passes, every page's social card (what it says) to FILE for
 * npm run build's drawing process, which then needn't read the content again.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { siteCardSpecs } from '../src/lib/cards/batch';
import { printCheck } from '../src/lib/content-check/check';

const argv = process.argv.slice(2);
const { ok, raw } = await printCheck({ fix: argv.includes('--fix'), condensed: argv.includes('--condensed') });
const specsFile = argv.includes('--card-specs') ? argv[argv.indexOf('--card-specs') + 1] : undefined;
if (ok && specsFile) {
  writeFileSync(`${specsFile}.partial`, JSON.stringify(siteCardSpecs(raw)));
  renameSync(`${specsFile}.partial`, specsFile);
}
process.exitCode = ok ? 0 : 1;
