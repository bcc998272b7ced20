import { describe, expect, it } from 'vitest';
import { acts, content, entry, model, newCommune, oldCommune } from '../../../tests/fixtures';
import { checkIntegrity } from './integrity';
import { placeProblems } from './places';

const messages = (raw: ReturnType<typeof content>) => placeProblems(raw).map((p) => `${p.field}: ${p.message}`);
const withSource = { source: 'tk-2019' };

describe('places through time in the content', () => {
  it('accept the fixture’s merger and articles of their time', () => {
    expect(checkIntegrity(content([entry('a', model({ commune: 'dak-ngok', ...withSource })), entry('b', model({ commune: 'dak-ui-2025' }))]))).toEqual([]);
  });

  it('refuse a commune of today in an article whose source is of 2019, naming the units of then', () => {
    expect(messages(content([entry('a', model({ commune: 'dak-ha-2025', ...withSource }))]))).toEqual([
      'commune: xã Đăk Hà (từ 01/07/2025) không có vào ngày 30/08/2019 (ngày của báo cáo nguồn "tk-2019"); khi đó là thị trấn Đăk Hà (dak-ha) hoặc xã Hà Mòn (ha-mon): hãy ghi mã của xã mà nguồn nêu',
    ]);
  });

  it('refuse a former unit in an article about a time after it ended, naming the unit of then', () => {
    const report2026 = entry('sk-2026', { ...content([]).reports[0]!.data, publishedAt: new Date('2026-06-30'), periodEnd: 2026 });
    expect(messages(content([entry('a', model({ commune: 'ha-mon', source: 'sk-2026' }))], { reports: [report2026] }))).toEqual([
      'commune: xã Hà Mòn (đến 30/06/2025) không có vào ngày 30/06/2026 (ngày của báo cáo nguồn "sk-2026"); khi đó là xã Đăk Hà: hãy ghi commune: dak-ha-2025',
    ]);
  });

  it('without a source, accept a former unit (the article may tell of the past) but not one formed after the article', () => {
    expect(messages(content([entry('a', model({ commune: 'ha-mon', publishedAt: new Date('2026-01-01') }))]))).toEqual([]);
    expect(messages(content([entry('a', model({ commune: 'dak-ui-2025', publishedAt: new Date('2024-05-01') }))]))).toEqual([
      'commune: xã Đăk Ui (từ 01/07/2025) không có trước ngày 01/05/2024 (trước ngày đăng bài); khi đó là xã Đăk Ngọk (dak-ngok): hãy ghi mã của xã mà nguồn nêu',
    ]);
  });

  it('check the communes collection itself: successors, acts, the day after a merger, one code per unit at a time', () => {
    const communes = [
      oldCommune('a', 'A', 'xa', '10001', 'khong-co'),
      { ...oldCommune('b', 'B', 'xa', '10002', 'c'), data: { ...oldCommune('b', 'B', 'xa', '10002', 'c').data, endedBy: 'nq-khong-co' } },
      { ...newCommune('c', 'C', '10003'), data: { ...newCommune('c', 'C', '10003').data, validFrom: new Date('2025-08-01') } },
      newCommune('d', 'D', '10003'),
      newCommune('e', 'E', '10002'),
    ];
    expect(messages(content([], { communes, acts }))).toEqual([
      'a.successor: không có xã với mã "khong-co"',
      'b.endedBy: không có văn bản với mã "nq-khong-co" trong content/acts.yaml',
      'b.successor: xã B kết thúc ngày 30/06/2025, nhưng xã C (từ 01/08/2025) không có vào ngày hôm sau',
      'd.code: mã 10003 cũng là mã của xã C (từ 01/08/2025) (c) trong cùng thời kỳ: một mã chỉ thuộc một đơn vị tại một thời điểm',
    ]);
  });
});
