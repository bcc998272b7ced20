import { describe, expect, it } from 'vitest';
import { decodeContent, FILE_LIMIT } from './encoding';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeContent', () => {
  it('reads UTF-8 and drops a leading byte-order mark', () => {
    expect(decodeContent(bytes('\uFEFF---\ntitle: Đăk Hà\n'))).toEqual({ text: '---\ntitle: Đăk Hà\n' });
  });

  it('refuses UTF-16, with or without its byte-order mark', () => {
    const utf16 = Uint8Array.from(Buffer.from('\uFEFF---\ntitle: Đăk\n', 'utf16le'));
    expect(decodeContent(utf16).problem?.message).toMatch(/^tệp đang lưu dạng UTF-16; tệp phải lưu dạng UTF-8/);
    expect(decodeContent(utf16.subarray(2)).problem?.message).toContain('UTF-16');
  });

  it('names the line and the byte that is not UTF-8', () => {
    const text = bytes('---\ntitle: Hà\nsummary: x\n');
    const broken = Uint8Array.from([...text.subarray(0, 18), 0xe0, 0x41, ...text.subarray(18)]);
    expect(decodeContent(broken).problem).toEqual({ line: 3, message: expect.stringMatching(/^tệp có byte 0xE0 không phải chữ UTF-8 \(byte thứ 19\); tệp phải lưu dạng UTF-8/) });
  });

  it('refuses a file larger than the limit before reading it', () => {
    expect(decodeContent(new Uint8Array(FILE_LIMIT + 1).fill(0x61)).problem?.message).toContain('quá giới hạn 1.000.000 byte');
  });
});
