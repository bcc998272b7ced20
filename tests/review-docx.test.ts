/** Every review page links its Word file, and the file prints the page's tables, row by row. */
import { describe, expect, it } from 'vitest';
import { readDocx, rowText } from './docx';
import { builtFile, builtPages, loadSeedCatalog, page, textOf } from './site-content';

const catalog = loadSeedCatalog();
const reviewPages = builtPages().filter((p) => p.startsWith('/so-lieu/bao-cao/') && p !== '/so-lieu/bao-cao/');

/** The report's tables: all but the letterhead (first) and the signature block (last). */
function docxRows(path: string): string[] {
  return readDocx(builtFile(path)).tables.slice(1, -1).flatMap((table) => table.slice(1).map(rowText));
}

describe('the Word files of the review reports', () => {
  it('exist for every review page, linked from it', () => {
    expect(reviewPages.length).toBeGreaterThan(2 + catalog.communes.length - 1);
    for (const path of reviewPages) {
      const link = page(path).querySelector('[data-word-link] a');
      expect(textOf(link), path).toBe('Tải bản Word (.docx)');
      const href = link?.getAttribute('href') ?? '';
      expect(href).toBe(`${path.replace(/\/$/, '')}.docx`);
      expect(builtFile(href).subarray(0, 2).toString()).toBe('PK');
    }
  });

  it('carry the title and every row of every table of their page', () => {
    for (const path of reviewPages) {
      const html = page(path);
      const docx = readDocx(builtFile(`${path.replace(/\/$/, '')}.docx`));
      expect(docx.parts['docProps/core.xml']).toContain(`<dc:title>${textOf(html.querySelector('h1'))}</dc:title>`);
      const pageRows = html.querySelectorAll('article.review table tbody tr').map(textOf);
      expect(docxRows(`${path.replace(/\/$/, '')}.docx`), path).toEqual(pageRows);
    }
  });

  it('for 2019: 294.000.000 đ of 4/7 models, 23 declared, each model unknown where the article is', () => {
    const rows = docxRows('/so-lieu/bao-cao/nam/2019.docx');
    expect(rows).toContain('Kinh phí vận động 294.000.000 đ của 4/7 mô hình có số liệu');
    expect(rows).toContain('Tổng số mô hình 23 7/23 mô hình đã có bài');
    const modelRows = rows.filter((r) => /^\d+ /.test(r));
    expect(modelRows).toHaveLength(catalog.models.filter((m) => m.source?.data.periodEnd === 2019).length);
    for (const model of catalog.models.filter((m) => m.source?.data.periodEnd === 2019 && !m.data.funding)) {
      expect(modelRows.find((r) => r.includes(model.data.title))).toMatch(/chưa có số liệu/);
    }
  });
});
