/** Line breaking for text drawn on a canvas (social cards), where nothing wraps by itself. */

const ELLIPSIS = '…';

/** Splits a word wider than the line into pieces that fit. */
function pieces(measure: (text: string) => number, word: string, width: number): string[] {
  const out: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && measure(piece + char) > width) {
      out.push(piece);
      piece = char;
    } else piece += char;
  }
  return piece === '' ? out : [...out, piece];
}

/** Ends a line with "…" and takes characters off until it fits. */
function ellipsize(measure: (text: string) => number, line: string, width: number): string {
  let text = line.trimEnd();
  while (text !== '' && measure(text + ELLIPSIS) > width) text = [...text].slice(0, -1).join('').trimEnd();
  return text + ELLIPSIS;
}

/**
 * The text broken at spaces into at most maxLines lines no wider than width; when it does not fit,
 * the last line ends with "…". A word wider than a line is broken between letters.
 */
export function fitLines(measure: (text: string) => number, text: string, width: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean).flatMap((word) => (measure(word) > width ? pieces(measure, word, width) : [word]));
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const next = line === '' ? words[i]! : `${line} ${words[i]}`;
    if (line === '' || measure(next) <= width) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) return [...lines, ellipsize(measure, line, width)];
    lines.push(line);
    line = words[i]!;
  }
  return line === '' ? lines : [...lines, line];
}
