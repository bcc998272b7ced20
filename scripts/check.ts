/**
 * npm run check: validates all content and prints every problem, one line each, then a count.
 * Exits 1 on any error; warnings do not fail. "--fix" first rewrites text typed in decomposed
 * Unicode and removes invisible characters (the faults that can be fixed without a person's judgement).
 */
import { printCheck } from '../src/lib/content-check/check';

const ok = await printCheck({ fix: process.argv.includes('--fix') });
process.exitCode = ok ? 0 : 1;
