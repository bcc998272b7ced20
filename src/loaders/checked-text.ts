/**
 * A content file's text for the site's loaders, read by the content check's rules (src/lib/text/
 * encoding.ts): UTF-8 (a byte-order mark dropped), at most FILE_LIMIT bytes. Astro's loaders read
 * files as UTF-8 and turn bad bytes into "�" without a word; this stops the build instead, with the
 * file and line as the check prints them.
 */
import { readFileSync } from 'node:fs';
import { decodeContent } from '../lib/text/encoding';

/** The text of the file at `path`, or an error "<shown>:<line> (tệp): …". */
export function checkedText(path: string | URL, shown: string): string {
  const decoded = decodeContent(readFileSync(path));
  if (decoded.problem) throw new Error(`${shown}:${decoded.problem.line} (tệp): ${decoded.problem.message}`);
  return decoded.text;
}

/** An error naming each YAML problem of a file on its line, as the check prints them. */
export function yamlErrors(shown: string, errors: readonly { line: number; message: string }[]): Error {
  return new Error(errors.map((e) => `${shown}:${e.line} (YAML): ${e.message}`).join('\n'));
}
