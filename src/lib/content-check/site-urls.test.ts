import { describe, expect, it } from 'vitest';
import { content, entry, model } from '../../../tests/fixtures';
import { judgedByContent, siteUrls } from './site-urls';

describe('siteUrls', () => {
  const raw = content([entry('cho-que', model({ yearStarted: 2015 })), entry('ban-nhap', model({ draft: true, yearStarted: 2030 })), entry('khong-nam', model())]);
  const urls = siteUrls(raw, raw);

  it('lists the pages the content makes, drafts left out', () => {
    expect(urls).toContain('/mo-hinh/cho-que/');
    expect(urls).not.toContain('/mo-hinh/ban-nhap/');
    expect(urls).toContain('/mo-hinh/loai/ca-nhan/');
    expect(urls).toContain('/xa/ha-mon/');
    expect(urls).toContain('/don-vi/mn-hoa-hong/');
    expect(urls).toContain('/linh-vuc/an-sinh/');
    expect(urls).toContain('/bao-cao/tk-2019/');
    expect([...urls].filter((u) => u.startsWith('/nam/')).sort()).toEqual(['/nam/', '/nam/2015/', '/nam/chua-ro/']);
  });

  it('judges missing top-level pages and pages of the content families, not deeper pages of other parts', () => {
    expect(judgedByContent('/gioi-thieuu/')).toBe(true);
    expect(judgedByContent('/xa/ha-monn/')).toBe(true);
    expect(judgedByContent('/so-lieu/bao-cao/nam/2019/')).toBe(false);
    expect(judgedByContent('/rss.xml')).toBe(false);
    // How many pages a listing has is known only when the site is built.
    expect(judgedByContent('/xa/ha-mon/trang/2/')).toBe(false);
    expect(judgedByContent('/mo-hinh/trang/12/')).toBe(false);
    expect(judgedByContent('/mo-hinh/trang/')).toBe(true);
  });
});
