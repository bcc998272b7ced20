import { describe, expect, it } from 'vitest';
import { content, entry, model } from '../../../tests/fixtures';
import { contentWarnings, dateProblems, duplicateTitles, fileNameProblems, nfcProblems, todayInVietnam } from './rules';

describe('content rules', () => {
  it('knows today in Vietnam, seven hours ahead of UTC', () => {
    expect(todayInVietnam(new Date('2026-11-28T17:30:00Z'))).toBe('2026-11-29');
    expect(todayInVietnam(new Date('2026-11-28T16:30:00Z'))).toBe('2026-11-28');
  });

  it('refuses two articles whose titles differ only in marks or case', () => {
    const raw = content([entry('a', model({ title: 'Chợ quê' })), entry('b', model({ title: 'CHỢ QUE' })), entry('c', model({ title: 'Chợ quê mới' }))]);
    expect(duplicateTitles(raw)).toEqual([{ file: 'content/models/b.mdx', field: 'title', message: expect.stringContaining('trùng với bài content/models/a.mdx') }]);
  });

  it('refuses file names that cannot be addresses, and names that collide', () => {
    const files = [{ file: 'content/models/cho-que.mdx', article: { id: 'cho-que' } }, { file: 'content/models/Chợ Quê.mdx', article: { id: 'Chợ Quê' } }, { file: 'content/models/Vườn Rau.mdx', article: { id: 'Vườn Rau' } }, { file: 'content/units.yaml' }];
    const messages = fileNameProblems(files).map((p) => `${p.file} ${p.field}: ${p.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^content\/models\/Chợ Quê\.mdx \(tên tệp\): .*trùng địa chỉ với tệp "cho-que\.mdx"/),
      expect.stringMatching(/^content\/models\/Vườn Rau\.mdx \(tên tệp\): .*hãy đổi thành "vuon-rau\.mdx"/),
    ]);
  });

  it('refuses dates after today and corrections before publication; today itself is fine', () => {
    const raw = content([
      entry('today', model({ publishedAt: new Date('2026-11-29') })),
      entry('future', model({ publishedAt: new Date('2026-12-01'), yearStarted: 2027 })),
      entry('fixed', model({ publishedAt: new Date('2026-05-01'), updatedAt: new Date('2026-04-01') })),
    ]);
    expect(dateProblems(raw, '2026-11-29').map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/models/future.mdx publishedAt',
      'content/models/future.mdx yearStarted',
      'content/models/fixed.mdx updatedAt',
    ]);
  });

  it('finds decomposed text on its line and names the field written there', () => {
    const text = `---\ntitle: ${'Ngọk Réo'.normalize('NFD')}\n---\n\nĐúng dạng.\n`;
    const problems = nfcProblems({ file: 'x.mdx', text, fieldAt: (line) => (line === 2 ? 'title' : undefined) });
    expect(problems).toEqual([{ file: 'x.mdx', line: 2, field: 'title', message: expect.stringContaining('"Ngọk" được gõ bằng dấu rời') }]);
  });

  it('warns about a model with no figure at all, without counting it as an error', () => {
    const raw = content([entry('bare', model()), entry('counted', model({ benefit: { amount: 1, atLeast: false } }))]);
    expect(contentWarnings(raw).map((p) => p.file)).toEqual(['content/models/bare.mdx']);
  });
});
