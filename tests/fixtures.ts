/** Small, typed content fixtures for unit tests of the pure modules. */
import type { Act } from '../src/schemas/act';
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

const MERGED_ON = new Date('2025-07-01');
const LAST_OLD_DAY = new Date('2025-06-30');

/** The 2025 merger act, as content/acts.yaml gives it. */
export const acts: Entry<Act>[] = [
  entry('nq-1677', { name: 'Nghị quyết 1677/NQ-UBTVQH15', about: 'sắp xếp các đơn vị hành chính cấp xã', issuedOn: new Date('2025-06-16'), effectiveFrom: MERGED_ON }),
];

/** A unit of huyện Đăk Hà, tỉnh Kon Tum, merged on 01/07/2025 into `successor`. */
export function oldCommune(id: string, name: string, kind: Commune['kind'], code: string, successor: string, aliases: string[] = []): Entry<Commune> {
  return entry(id, { name, kind, code, province: 'tỉnh Kon Tum', district: 'huyện Đăk Hà', validTo: LAST_OLD_DAY, successor, endedBy: 'nq-1677', sources: [], aliases });
}

/** A commune of tỉnh Quảng Ngãi formed on 01/07/2025. */
export function newCommune(id: string, name: string, code: string, aliases: string[] = []): Entry<Commune> {
  return entry(id, { name, kind: 'xa', code, province: 'tỉnh Quảng Ngãi', validFrom: MERGED_ON, formedBy: 'nq-1677', sources: [], aliases });
}

export function content(models: Entry<Model>[], extra: Partial<RawContent> = {}): RawContent {
  const communes: Entry<Commune>[] = [
    oldCommune('dak-ngok', 'Đăk Ngọk', 'xa', '23510', 'dak-ui-2025', ['Dak Ngok']),
    oldCommune('ha-mon', 'Hà Mòn', 'xa', '23521', 'dak-ha-2025'),
    oldCommune('dak-ha', 'Đăk Hà', 'thi-tran', '23500', 'dak-ha-2025'),
    newCommune('dak-ha-2025', 'Đăk Hà', '23500'),
    newCommune('dak-ui-2025', 'Đăk Ui', '23510'),
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
  return { models, communes, units, fields, acts, reports: [entry('tk-2019', report)], ...extra };
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
