/**
 * Rules that span entries, which a single entry's schema cannot see: references exist,
 * a model is not a copy of itself, replication has no loops, reserved URLs stay free.
 */
import type { Act } from '../../schemas/act';
import type { Commune } from '../../schemas/commune';
import type { Field } from '../../schemas/field';
import type { Model } from '../../schemas/model';
import type { Report } from '../../schemas/report';
import type { Unit } from '../../schemas/unit';
import { FILTER_SEGMENT, paths } from '../site/paths';
import { closest } from '../text/vietnamese';
import type { Entry, Problem } from './entry';
import { placeProblems } from './places';

export type { Entry, Problem } from './entry';


export interface RawContent {
  models: Entry<Model>[];
  reports: Entry<Report>[];
  units: Entry<Unit>[];
  communes: Entry<Commune>[];
  acts: Entry<Act>[];
  fields: Entry<Field>[];
}

/**
 * The parts of each entry the cross-entry rules read. RawContent fits it; so do entries the
 * content check could only partly read, which keeps their references checked and their ids known.
 */
export interface IntegrityInput {
  models: Entry<Pick<Model, 'fields'> & Partial<Pick<Model, 'title' | 'unit' | 'commune' | 'source' | 'replicatedFrom' | 'publishedAt' | 'yearStarted'>>>[];
  reports: Entry<Partial<Pick<Report, 'title' | 'publisher' | 'publishedAt'>>>[];
  units: Entry<Partial<Pick<Unit, 'name' | 'commune'>>>[];
  communes: Entry<Partial<Commune>>[];
  acts: Entry<Partial<Act>>[];
  fields: Entry<Partial<Pick<Field, 'name'>>>[];
}


type Named = Entry<{ name?: string; title?: string }>;

function referenceProblem(what: string, written: string, known: readonly Named[]): string {
  const candidates = known.flatMap((e) => [e.id, e.data.name ?? e.data.title ?? e.id]);
  const guess = closest(written, candidates);
  const match = guess === undefined ? undefined : known.find((e) => e.id === guess || e.data.name === guess || e.data.title === guess);
  const hint = match ? ` Có phải ý bạn là "${match.id}"${match.data.name ?? match.data.title ? ` (${match.data.name ?? match.data.title})` : ''}?` : '';
  return `không có ${what} với mã "${written}".${hint}`;
}

function fileOf(entry: Entry<unknown>, fallback: string): string {
  return entry.filePath ?? fallback;
}

/** Every cross-entry problem in the content, in file order; empty when all is well. */
export function checkIntegrity(content: IntegrityInput): Problem[] {
  const problems: Problem[] = [];
  const ids = {
    models: new Set(content.models.map((e) => e.id)),
    units: new Set(content.units.map((e) => e.id)),
    communes: new Set(content.communes.map((e) => e.id)),
    fields: new Set(content.fields.map((e) => e.id)),
    reports: new Set(content.reports.map((e) => e.id)),
  };
  const check = (file: string, field: string, id: string | undefined, set: Set<string>, what: string, known: readonly Named[]) => {
    if (id !== undefined && !set.has(id)) problems.push({ file, field, message: referenceProblem(what, id, known) });
  };

  for (const commune of content.communes) {
    if (paths.commune(commune.id) === paths.communeMap) {
      problems.push({ file: fileOf(commune, 'content/communes.yaml'), field: commune.id, message: `"${commune.id}" là địa chỉ dành riêng cho trang sơ đồ các xã (${paths.communeMap}); hãy đổi mã xã` });
    }
  }
  for (const unit of content.units) {
    check(fileOf(unit, 'content/units.yaml'), `${unit.id}.commune`, unit.data.commune, ids.communes, 'xã', content.communes);
  }
  for (const report of content.reports) {
    check(fileOf(report, `content/reports/${report.id}.mdx`), 'publisher', report.data.publisher, ids.units, 'đơn vị', content.units);
  }
  for (const model of content.models) {
    const file = fileOf(model, `content/models/${model.id}.mdx`);
    const { data } = model;
    if (model.id === FILTER_SEGMENT) {
      problems.push({ file, field: '(tên tệp)', message: `"${model.id}" là địa chỉ dành riêng cho trang lọc mô hình; hãy đổi tên tệp` });
    }
    check(file, 'unit', data.unit, ids.units, 'đơn vị', content.units);
    check(file, 'commune', data.commune, ids.communes, 'xã', content.communes);
    data.fields.forEach((field, i) => check(file, `fields[${i}]`, field, ids.fields, 'lĩnh vực', content.fields));
    check(file, 'source', data.source, ids.reports, 'báo cáo', content.reports);
    if (data.replicatedFrom === model.id) {
      problems.push({ file, field: 'replicatedFrom', message: 'một mô hình không thể được nhân rộng từ chính nó' });
    } else {
      check(file, 'replicatedFrom', data.replicatedFrom, ids.models, 'mô hình', content.models);
    }
    const seenFields = new Set<string>();
    data.fields.forEach((field, i) => {
      if (seenFields.has(field)) problems.push({ file, field: `fields[${i}]`, message: `lĩnh vực "${field}" được ghi hai lần` });
      seenFields.add(field);
    });
  }
  problems.push(...replicationLoops(content.models), ...placeProblems(content));
  return problems;
}

/** A → B → A: each model in a loop of copies is reported once. */
function replicationLoops(models: IntegrityInput['models']): Problem[] {
  const parent = new Map(models.map((m) => [m.id, m.data.replicatedFrom]));
  const reported = new Set<string>();
  const problems: Problem[] = [];
  for (const model of models) {
    const chain: string[] = [model.id];
    let next = parent.get(model.id);
    while (next !== undefined && next !== model.id && parent.has(next) && !chain.includes(next)) {
      chain.push(next);
      next = parent.get(next);
    }
    if (next === model.id && chain.length > 1 && !reported.has(model.id)) {
      chain.forEach((id) => reported.add(id));
      problems.push({
        file: model.filePath ?? `content/models/${model.id}.mdx`,
        field: 'replicatedFrom',
        message: `vòng lặp nhân rộng: ${[...chain, model.id].join(' → ')}`,
      });
    }
  }
  return problems;
}

/** All problems as one message an editor can act on, one line each. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file} ${p.field}: ${p.message}`).join('\n');
}
