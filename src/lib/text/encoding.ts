/**
 * Reading a content file's bytes as text. Files must be UTF-8: a file saved as UTF-16 (what some
 * Windows editors call "Unicode") or with bytes that are not UTF-8 would otherwise be published
 * with "�" in place of letters, without a word. A byte-order mark at the start is accepted and
 * dropped. Files larger than FILE_LIMIT are refused before anything parses them.
 */

/** Bytes a content file may hold: an article with long tables is far below it, a pasted book is not. */
export const FILE_LIMIT = 1_000_000;

export type Decoded = { text: string; problem?: undefined } | { text?: undefined; problem: { line: number; message: string } };

const strict = () => new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The offset of the first byte that is not UTF-8 (a binary search over prefixes, each decoded as a stream). */
function firstBadByte(bytes: Uint8Array): number {
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    try {
      strict().decode(bytes.subarray(0, middle), { stream: true });
      good = middle;
    } catch {
      bad = middle;
    }
  }
  // The prefix may end inside a sequence that the next byte broke: the fault starts at that sequence's first byte.
  try {
    strict().decode(bytes.subarray(0, good));
    return good;
  } catch {
    let start = good - 1;
    while (start > 0 && (bytes[start]! & 0xc0) === 0x80) start -= 1;
    return start;
  }
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

const utf8Hint = 'tệp phải lưu dạng UTF-8: mở tệp, chọn "Lưu thành" (Save As) với mã hóa UTF-8 rồi lưu lại';

/** The text of a content file, or the problem that stops it being read. */
export function decodeContent(bytes: Uint8Array): Decoded {
  if (bytes.length > FILE_LIMIT) {
    return { problem: { line: 1, message: `tệp nặng ${bytes.length.toLocaleString('vi-VN')} byte, quá giới hạn ${FILE_LIMIT.toLocaleString('vi-VN')} byte của một tệp nội dung: hãy tách bài hoặc bỏ phần chép thừa` } };
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes.length > 1 && (bytes[0] === 0 || bytes[1] === 0));
  if (utf16) return { problem: { line: 1, message: `tệp đang lưu dạng UTF-16; ${utf8Hint}` } };
  try {
    // TextDecoder drops a leading byte-order mark (ignoreBOM: false).
    return { text: strict().decode(bytes) };
  } catch {
    const offset = firstBadByte(bytes);
    return { problem: { line: lineAtByte(bytes, offset), message: `tệp có byte 0x${bytes[offset]?.toString(16).toUpperCase().padStart(2, '0')} không phải chữ UTF-8 (byte thứ ${offset + 1}); ${utf8Hint}` } };
  }
}
