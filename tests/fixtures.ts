/** Small, typed content fixtures for unit tests of the pure modules. */
import type { Commune } from '../src/schemas/commune';
import type { Field } from '../src/schemas/field';
import type { Model } from '../src/schemas/model';
import type { Report } from '../src/schemas/report';
import type { Unit } from '../src/schemas/unit';
import type { Entry, RawContent } from '../src/lib/content-check/integrity';

export function model(overrides: Partial<Model> = {}): Model {
  return {
    title: 'Mô hình thử',
    summary: 'Một câu tóm tắt.',
    publishedAt: new Date('2026-01-01'),
    author: 'Ban biên tập',
    fields: ['an-sinh'],
    kind: 'collective',
    beneficiaries: [],
    outcomes: [],
    tags: [],
    draft: false,
    ...overrides,
  };
}

export function entry<T>(id: string, data: T): Entry<T> {
  return { id, data };
}

export function content(models: Entry<Model>[], extra: Partial<RawContent> = {}): RawContent {
  const communes: Entry<Commune>[] = [
    entry('dak-ngok', { name: 'Đăk Ngọk', kind: 'xa', aliases: ['Dak Ngok'] }),
    entry('ha-mon', { name: 'Hà Mòn', kind: 'xa', aliases: [] }),
    entry('dak-ha', { name: 'Đăk Hà', kind: 'thi-tran', aliases: [] }),
  ];
  const units: Entry<Unit>[] = [
    entry('mn-hoa-hong', { name: 'CĐCS Trường mầm non Hoa Hồng', shortName: 'MN Hoa Hồng', kind: 'school', schoolLevel: 'mam-non', aliases: [] }),
    entry('thcs-chu-van-an', { name: 'CĐCS Trường THCS Chu Văn An', shortName: 'THCS Chu Văn An', kind: 'school', schoolLevel: 'thcs', aliases: [] }),
    entry('ldld', { name: 'LĐLĐ huyện Đăk Hà', shortName: 'LĐLĐ huyện', kind: 'agency', aliases: [] }),
  ];
  const fields: Entry<Field>[] = [
    entry('an-sinh', { name: 'An sinh', description: 'Quỹ hỗ trợ.' }),
    entry('moi-truong', { name: 'Môi trường', description: 'Đường hoa.' }),
  ];
  const report: Report = {
    title: 'Tổng kết',
    summary: 'Tóm tắt.',
    kind: 'tong-ket',
    publishedAt: new Date('2019-08-30'),
    periodEnd: 2019,
    author: 'Lê Thị Hải',
    publisher: 'ldld',
    declared: { models: 23, collective: 21, individual: 2, replicated: 3 },
    results: [],
    draft: false,
  };
  return { models, communes, units, fields, reports: [entry('tk-2019', report)], ...extra };
}

/**
 * A chain of three copies, A ← B ← C (B copies A, C copies B), for lineage tests.
 * Invented fixture models: they live only in tests, never in content/.
 */
export function replicationChainModels(): Entry<Model>[] {
  return [
    entry('mo-hinh-a', model({ title: 'Mô hình A', replicated: true, publishedAt: new Date('2026-01-03') })),
    entry('mo-hinh-b', model({ title: 'Mô hình B', replicated: true, replicatedFrom: 'mo-hinh-a', publishedAt: new Date('2026-01-02') })),
    entry('mo-hinh-c', model({ title: 'Mô hình C', replicatedFrom: 'mo-hinh-b', publishedAt: new Date('2026-01-01') })),
  ];
}
