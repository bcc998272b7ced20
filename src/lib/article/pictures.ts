/** Rules for pictures in articles: which widths to generate, and that each says what it shows. */

/** Widths that phones, tablets and a 42rem column need; never wider than the original. */
export function imageWidths(originalWidth: number, candidates: readonly number[] = [480, 800, 1200]): number[] {
  const widths = candidates.filter((w) => w < originalWidth);
  return [...widths, Math.min(originalWidth, candidates.at(-1) ?? originalWidth)].filter((w, i, all) => all.indexOf(w) === i);
}

/** The alt text of a picture; a picture without one stops the build, naming the file. */
export function requireAlt(file: string, alt: string | undefined): string {
  const text = alt?.trim();
  if (!text) {
    throw new Error(`Ảnh "${file}" thiếu mô tả: viết mô tả trong ngoặc vuông, ví dụ ![Đoàn viên trồng hoa ven đường](./anh.jpg), để người không xem được ảnh vẫn biết ảnh nói gì.`);
  }
  return text;
}
