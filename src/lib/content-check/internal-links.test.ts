import { describe, expect, it } from 'vitest';
import { linkProblem } from './internal-links';

const targets = {
  urls: new Set(['/', '/xa/', '/xa/ha-mon/', '/mo-hinh/cho-que-mam-non-hoa-hong/', '/favicon.svg']),
  anchors: new Map([['/xa/ha-mon/', new Set(['noi-dung', 'ket-qua'])]]),
};

describe('linkProblem', () => {
  it.each([
    ['/xa/ha-mon/'],
    ['../ha-mon/'],
    ['/xa/ha-mon/#ket-qua'],
    ['/favicon.svg'],
    ['https://congdoan.vn/bai-viet'],
    ['mailto:bientap@example.org'],
    ['#noi-dung'],
    ['/mo-hinh/cho-que-mam-non-hoa-hong/?q=1'],
  ])('accepts %s', (href) => {
    expect(linkProblem(href, '/xa/ha-mon/', targets)).toBeUndefined();
  });

  it('names a missing page with the closest one', () => {
    expect(linkProblem('/mo-hinh/cho-que-mam-non-hoa-hongg/', '/', targets)).toBe('liên kết tới trang không có: "/mo-hinh/cho-que-mam-non-hoa-hongg/". Có phải ý bạn là "/mo-hinh/cho-que-mam-non-hoa-hong/"?');
  });

  it('completes an address shortened by the editor when only one page begins like it', () => {
    expect(linkProblem('/mo-hinh/cho-que/', '/', targets)).toContain('Có phải ý bạn là "/mo-hinh/cho-que-mam-non-hoa-hong/"?');
  });

  it('asks for the trailing slash the site uses', () => {
    expect(linkProblem('/xa/ha-mon', '/', targets)).toContain('thiếu dấu "/" ở cuối: hãy viết "/xa/ha-mon/"');
  });

  it('leaves alone a missing address it is told it cannot judge', () => {
    const partial = { ...targets, judged: (path: string) => !path.startsWith('/so-lieu/') };
    expect(linkProblem('/so-lieu/bao-cao/nam/2019/', '/', partial)).toBeUndefined();
    expect(linkProblem('/xa/ha-monn/', '/', partial)).toContain('liên kết tới trang không có');
  });

  it('catches a link copied from the preview server', () => {
    expect(linkProblem('http://localhost:4321/xa/ha-mon/', '/', targets)).toContain('máy xem thử');
  });

  it('checks anchors on pages whose ids are known', () => {
    expect(linkProblem('/xa/ha-mon/#ket-quaa', '/', targets)).toContain('không có mục "#ket-quaa". Có phải ý bạn là "ket-qua"?');
    expect(linkProblem('#khong-co', '/xa/ha-mon/', targets)).toContain('không có mục');
    expect(linkProblem('/xa/#bat-ky', '/', targets)).toBeUndefined();
  });
});
