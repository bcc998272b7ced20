/** Whether a picture an article points to can be published: it exists, is a web image, and is not too big. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { formatNumber } from '../text/format';
import { closest } from '../text/vietnamese';

/** Limits for a picture in the repository: phone photos fit once resized; raw camera files do not. */
export const imageLimits = { maxBytes: 5 * 1024 * 1024, maxSide: 6000 } as const;
export const imageExtensions = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'] as const;

/** Rounded up to a tenth, so a file just over the limit never reads as equal to it. */
function megabytes(bytes: number): string {
  return `${formatNumber(Math.ceil((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

/** A Vietnamese message for what is wrong with the picture at `path` (written as `written`), or undefined. */
export async function imageProblem(path: string, written: string): Promise<string | undefined> {
  const extension = extname(path).toLowerCase();
  if (!(imageExtensions as readonly string[]).includes(extension)) {
    return `ảnh "${written}" có định dạng ${extension || 'không rõ'} mà trang web không dùng được: hãy lưu lại thành .jpg, .png hoặc .webp`;
  }
  if (!existsSync(path) || !statSync(path).isFile()) {
    const folder = dirname(path);
    const near = existsSync(folder) ? closest(basename(path), readdirSync(folder)) : undefined;
    return `không tìm thấy ảnh "${written}" (đường dẫn tính từ thư mục chứa bài).${near ? ` Có phải ý bạn là "${near}"?` : ''}`;
  }
  const bytes = statSync(path).size;
  if (bytes > imageLimits.maxBytes) {
    return `ảnh "${written}" nặng ${megabytes(bytes)}, quá giới hạn ${megabytes(imageLimits.maxBytes)}: hãy thu nhỏ ảnh (chiều rộng khoảng 2000 điểm ảnh là đủ) rồi lưu lại`;
  }
  const { default: sharp } = await import('sharp');
  try {
    const { width, height } = await sharp(path).metadata();
    if (Math.max(width ?? 0, height ?? 0) > imageLimits.maxSide) {
      return `ảnh "${written}" quá lớn (${width}×${height} điểm ảnh, tối đa ${formatNumber(imageLimits.maxSide)} mỗi chiều): hãy thu nhỏ ảnh rồi lưu lại`;
    }
  } catch {
    return `tệp "${written}" không đọc được như một ảnh (hỏng hoặc không phải ảnh)`;
  }
  return undefined;
}
