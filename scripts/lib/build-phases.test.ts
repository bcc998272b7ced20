import { describe, expect, it } from 'vitest';
import { phaseTimes } from './build-phases';

const line = (at: number, text: string) => ({ at, text });

describe('phaseTimes', () => {
  it('times each phase from its start line to the first end line after it', () => {
    const times = phaseTimes([
      line(0.0, 'Bước 1/2: kiểm tra nội dung (npm run check)…'),
      line(0.05, 'Bước 2/2: dựng trang vào thư mục tạm, xong mới thay dist/…'),
      line(0.08, '18:00:00 [dan-van-kheo:social-cards] Đang vẽ ảnh thẻ chia sẻ, song song với việc dựng trang…'),
      line(0.1, '18:00:00 [content] Syncing content'),
      line(1.6, '18:00:01 [content] Synced content'),
      line(2.0, ' generating static routes '),
      line(2.5, '18:00:02 ✓ Completed in 10ms.'),
      line(7.5, '18:00:07 ✓ Completed in 5.01s.'),
      line(7.58, '18:00:07 [dan-van-kheo:social-cards] Đã vẽ xong 1.156 ảnh thẻ chia sẻ sau 7,4 giây.'),
      line(8.0, '18:00:08 [dan-van-kheo:pagefind] Đang lập chỉ mục tìm kiếm…'),
      line(9.25, '18:00:09 [dan-van-kheo:pagefind] Chỉ mục tìm kiếm: 1000 bài → /tmp/x/dist/pagefind'),
    ]);
    expect(times['content sync']).toBeCloseTo(1.5);
    expect(times['page rendering']).toBeCloseTo(0.5);
    expect(times['search index']).toBeCloseTo(1.25);
    expect(times['content check']).toBeCloseTo(0.05);
    expect(times['social cards']).toBeCloseTo(7.5);
    expect(times.images).toBeUndefined();
  });

  it('leaves out a phase that started but never ended', () => {
    expect(phaseTimes([line(0, '[content] Syncing content')])['content sync']).toBeUndefined();
  });
});
