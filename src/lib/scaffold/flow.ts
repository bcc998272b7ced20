/**
 * The steps of `npm run new`: each value comes from a flag when given, otherwise from a
 * question (when the command is interactive). Existing units and communes are offered by
 * name; a new one can be added on the way. Nothing existing is ever overwritten.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { communeKinds, type CommuneKind } from '../../schemas/commune';
import { modelKinds, type ModelKind } from '../../schemas/model';
import { schoolLevels, unitKinds, type SchoolLevel, type UnitKind } from '../../schemas/unit';
import { loadContentFiles, type PartialContent } from '../content-check/files';
import { communesOfArticleTime, communeTimeProblem } from '../content-check/places';
import { todayInVietnam } from '../content-check/rules';
import { modelKindLabels, schoolLevelLabels, unitKindLabels } from '../catalog/labels';
import { communeKindLabels, communeLabel, periodLabel } from '../places/labels';
import { formatDate } from '../text/format';
import { appendEntry, DEFAULT_AUTHOR, modelTemplate, pickChoice, yamlEntry, type Choice } from './templates';
import { fold, slugify } from '../text/vietnamese';

export interface Io {
  /** Asks one question and returns the answer line. */
  ask(question: string): Promise<string>;
  say(line: string): void;
}

export type Flags = Partial<Record<'title' | 'slug' | 'unit' | 'commune' | 'fields' | 'kind' | 'person' | 'author' | 'name' | 'short-name' | 'school-level' | 'aliases' | 'province' | 'district' | 'code' | 'source', string>>;

/** A mistake in the flags or answers that the editor must correct; the message says how. */
export class ScaffoldError extends Error {}

interface Context {
  contentDir: string;
  io: Io;
  interactive: boolean;
  today: string;
}

/** A commune as the scaffold offers it: "xã Đăk Ui (từ 01/07/2025)", so that namesakes of two periods are told apart. */
function communeChoice(c: PartialContent['communes'][number]): Choice {
  const label = c.data.name !== undefined && c.data.kind !== undefined ? communeLabel({ name: c.data.name, kind: c.data.kind }) : c.id;
  const period = periodLabel(c.data);
  return { id: c.id, label: period ? `${label} (${period})` : label, names: [c.data.name ?? '', label, ...(c.data.aliases ?? [])] };
}

function catalog(contentDir: string) {
  const { references } = loadContentFiles(contentDir);
  const units: Choice[] = references.units.map((u) => ({ id: u.id, label: u.data.shortName ?? u.data.name ?? u.id, names: [u.data.name ?? '', ...(u.data.aliases ?? [])] }));
  const communes: Choice[] = references.communes.map(communeChoice);
  const reports: Choice[] = references.reports.map((r) => ({ id: r.id, label: r.data.title ? `${r.data.title}${r.data.publishedAt ? ` (${formatDate(r.data.publishedAt)})` : ''}` : r.id, names: [] }));
  const fields: Choice[] = references.fields.map((f) => ({ id: f.id, label: f.data.name ?? f.id, names: [] }));
  const titles = references.models.flatMap((m) => (m.data.title ? [{ title: m.data.title, file: m.filePath ?? m.id }] : []));
  return { units, communes, fields, titles, reports, references };
}

/**
 * The commune question of a new article: only the units that existed at the time the article
 * speaks of (the day of its source report, else any day until today) are offered, today's first; a
 * unit of another time is refused with the content check's own words and the unit to write instead.
 */
function communeAnswer(references: PartialContent, draft: { source?: string; publishedAt: string }, allowNew: boolean) {
  const article = { id: 'bai-moi', data: { source: draft.source, publishedAt: new Date(`${draft.publishedAt}T00:00:00Z`) } };
  const ofTime = communesOfArticleTime(article, references).sort((a, b) => Number(a.data.validTo !== undefined) - Number(b.data.validTo !== undefined));
  const offered = ofTime.map(communeChoice);
  const every = references.communes.map(communeChoice);
  const check = (answer: string): string | undefined | { error: string } => {
    const typed = answer.trim();
    if (typed === '') return undefined;
    if (allowNew && typed === '+') return '+';
    const picked = pickChoice(typed, offered);
    if ('id' in picked) return picked.id;
    const elsewhere = /^\d+$/.test(typed) ? undefined : pickChoice(typed, every);
    const problem = elsewhere && 'id' in elsewhere ? communeTimeProblem({ ...article, data: { ...article.data, commune: elsewhere.id } }, references) : undefined;
    return { error: `xã (--commune): ${problem ?? picked.error}` };
  };
  return { offered, check };
}

function listChoices(io: Io, choices: readonly Choice[]): void {
  choices.forEach((c, i) => io.say(`  ${String(i + 1).padStart(2)}. ${c.label} (${c.id})`));
}

/** A value from a flag, or asked until it is acceptable; `check` returns the value or a message. */
async function obtain<T>(ctx: Context, flag: string | undefined, question: string, check: (answer: string) => T | { error: string }): Promise<T> {
  const isError = (r: T | { error: string }): r is { error: string } => typeof r === 'object' && r !== null && 'error' in r;
  if (flag !== undefined || !ctx.interactive) {
    const result = check(flag ?? '');
    if (isError(result)) throw new ScaffoldError(result.error);
    return result;
  }
  for (;;) {
    const result = check(await ctx.io.ask(question));
    if (!isError(result)) return result;
    ctx.io.say(`  ✗ ${result.error}`);
  }
}

const optionalText = (answer: string) => answer.trim().normalize('NFC') || undefined;
const communeCode = (answer: string) => (answer.trim() === '' ? undefined : /^\d{5}$/.test(answer.trim()) ? answer.trim() : { error: 'mã (--code) cần đúng 5 chữ số, ví dụ 23510' });
const required = (what: string) => (answer: string) => (answer.trim() ? answer.trim().normalize('NFC') : { error: `cần ${what}` });

function enumAnswer<T extends string>(values: readonly T[], labels: Record<T, string>, what: string) {
  return (answer: string): T | { error: string } => {
    const typed = answer.trim();
    const byNumber = /^\d+$/.test(typed) ? values[Number(typed) - 1] : undefined;
    const found = byNumber ?? values.find((v) => v === typed || slugify(labels[v]) === slugify(typed));
    return found ?? { error: `${what} phải là một trong: ${values.map((v, i) => `${i + 1}. ${labels[v]} (${v})`).join(', ')}` };
  };
}

function optionalChoice(choices: readonly Choice[], allowNew: boolean, what: string) {
  return (answer: string): string | undefined | { error: string } => {
    const typed = answer.trim();
    if (typed === '') return undefined;
    if (allowNew && typed === '+') return '+';
    const picked = pickChoice(typed, choices);
    return 'id' in picked ? picked.id : { error: `${what}: ${picked.error}` };
  };
}

function idFor(name: string, taken: readonly Choice[], what: string): string | { error: string } {
  const id = slugify(name);
  if (!id) return { error: `tên ${what} cần có chữ cái hoặc số` };
  const same = taken.find((c) => c.id === id || slugify(c.label) === id);
  return same ? { error: `đã có ${what} với mã ${same.id}: ${same.label}` } : id;
}

/** Adds a unit to units.yaml; returns its id. */
export async function addUnit(ctx: Context, flags: Flags): Promise<string> {
  const { units, communes } = catalog(ctx.contentDir);
  const name = await obtain(ctx, flags.name, 'Tên đầy đủ của đơn vị (ví dụ: CĐCS Trường THCS Chu Văn An): ', required('tên đơn vị (--name)'));
  const id = idFor(name, units, 'đơn vị');
  if (typeof id !== 'string') throw new ScaffoldError(id.error);
  const shortName = await obtain(ctx, flags['short-name'], 'Tên ngắn hiện trong danh sách (ví dụ: THCS Chu Văn An): ', required('tên ngắn (--short-name)'));
  if (ctx.interactive && flags.kind === undefined) unitKinds.forEach((k, i) => ctx.io.say(`  ${i + 1}. ${unitKindLabels[k]} (${k})`));
  const kind = await obtain<UnitKind>(ctx, flags.kind, 'Loại đơn vị (số hoặc mã): ', enumAnswer(unitKinds, unitKindLabels, 'loại đơn vị (--kind)'));
  let schoolLevel: SchoolLevel | undefined;
  if (kind === 'school') {
    if (ctx.interactive && flags['school-level'] === undefined) schoolLevels.forEach((l, i) => ctx.io.say(`  ${i + 1}. ${schoolLevelLabels[l]} (${l})`));
    schoolLevel = await obtain<SchoolLevel>(ctx, flags['school-level'], 'Cấp học (số hoặc mã): ', enumAnswer(schoolLevels, schoolLevelLabels, 'cấp học (--school-level)'));
  }
  if (ctx.interactive && flags.commune === undefined) listChoices(ctx.io, communes);
  const commune = await obtain(ctx, flags.commune, 'Xã của đơn vị (số, mã hoặc tên; Enter nếu nguồn không nêu): ', optionalChoice(communes, false, 'xã (--commune)'));
  const aliases = (flags.aliases ?? '').split(',').map((a) => a.trim().normalize('NFC')).filter(Boolean);
  write(ctx, 'units.yaml', yamlEntry(id, { name, shortName, kind, schoolLevel, commune, aliases }));
  ctx.io.say(`Đã thêm đơn vị "${shortName}" (${id}) vào content/units.yaml.`);
  return id;
}

/** Adds a commune to communes.yaml; returns its id. */
export async function addCommune(ctx: Context, flags: Flags): Promise<string> {
  const { communes } = catalog(ctx.contentDir);
  const name = await obtain(ctx, flags.name, 'Tên xã, thị trấn, không kèm chữ "xã" (ví dụ: Đăk Ngọk): ', required('tên xã (--name)'));
  const id = idFor(name, communes, 'xã');
  if (typeof id !== 'string') throw new ScaffoldError(id.error);
  if (ctx.interactive && flags.kind === undefined) communeKinds.forEach((k, i) => ctx.io.say(`  ${i + 1}. ${communeKindLabels[k]} (${k})`));
  const kind = await obtain<CommuneKind>(ctx, flags.kind, 'Loại (số hoặc mã): ', enumAnswer(communeKinds, communeKindLabels, 'loại (--kind)'));
  const province = await obtain(ctx, flags.province, 'Tỉnh, kèm chữ "tỉnh" (ví dụ: tỉnh Quảng Ngãi): ', required('tỉnh (--province)'));
  const district = await obtain(ctx, flags.district, 'Huyện, kèm chữ "huyện" (Enter nếu xã lập từ 01/07/2025 hoặc nguồn không nêu): ', optionalText);
  const code = await obtain(ctx, flags.code, 'Mã của Cục Thống kê, 5 chữ số (Enter nếu chưa rõ): ', communeCode);
  const aliases = (flags.aliases ?? (ctx.interactive ? await ctx.io.ask('Các cách viết khác, cách nhau bằng dấu phẩy (ví dụ: Đắk Ngọk, Dak Ngok; Enter nếu không có): ') : ''))
    .split(',').map((a) => a.trim().normalize('NFC')).filter(Boolean);
  write(ctx, 'communes.yaml', yamlEntry(id, { name, kind, code, province, district, aliases }));
  ctx.io.say(`Đã thêm ${communeKindLabels[kind]} "${name}" (${id}) vào content/communes.yaml.`);
  return id;
}

function write(ctx: Context, file: string, entry: string): void {
  const path = join(ctx.contentDir, file);
  writeFileSync(path, appendEntry(existsSync(path) ? readFileSync(path, 'utf8') : '', entry));
}

/** A title is acceptable when its address is free and no article has the same title. */
function titleAnswer(contentDir: string, slugFlag: string | undefined, titles: readonly { title: string; file: string }[]) {
  return (answer: string): string | { error: string } => {
    const written = required('tên mô hình (--title)')(answer);
    if (typeof written !== 'string') return written;
    const slug = slugFlag ?? slugify(written);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return { error: `địa chỉ "${slug}" chỉ được gồm chữ thường không dấu, số và dấu "-"` };
    if (existsSync(join(contentDir, 'models', `${slug}.mdx`))) return { error: `đã có bài content/models/${slug}.mdx; hãy đặt tên khác (hoặc --slug khác), không ghi đè bài cũ` };
    const twin = titles.find((t) => fold(t.title) === fold(written));
    if (twin) return { error: `đã có bài cùng tên: ${twin.file}; hãy đặt tên phân biệt, ví dụ kèm tên đơn vị` };
    return written;
  };
}

/** Writes a new model article; returns its path. */
export async function newModel(ctx: Context, flags: Flags): Promise<string> {
  // A unit added on the way changes no other list, so one reading serves the whole command.
  const { units, fields, titles, reports, references } = catalog(ctx.contentDir);
  const title = await obtain(ctx, flags.title, 'Tên mô hình (ví dụ: Thư viện thân thiện): ', titleAnswer(ctx.contentDir, flags.slug, titles));
  const slug = flags.slug ?? slugify(title);
  ctx.io.say(`Địa chỉ bài: /mo-hinh/${slug}/`);

  // The source comes first: its day decides which communes existed at the time the article tells of.
  if (ctx.interactive && flags.source === undefined && reports.length > 0) listChoices(ctx.io, reports);
  const source = reports.length === 0 && flags.source === undefined ? undefined : await obtain(ctx, flags.source, 'Báo cáo nguồn của số liệu (số hoặc mã; Enter nếu không lấy từ báo cáo nào): ', optionalChoice(reports, false, 'báo cáo nguồn (--source)'));

  if (ctx.interactive && flags.unit === undefined) listChoices(ctx.io, units);
  let unit = await obtain(ctx, flags.unit, 'Đơn vị thực hiện (số, mã hoặc tên; Enter nếu nguồn không nêu; + để thêm đơn vị mới): ', optionalChoice(units, ctx.interactive, 'đơn vị (--unit)'));
  if (unit === '+') unit = await addUnit(ctx, {});
  const communeQuestion = communeAnswer(references, { source, publishedAt: ctx.today }, ctx.interactive);
  if (ctx.interactive && flags.commune === undefined) listChoices(ctx.io, communeQuestion.offered);
  let commune = await obtain(ctx, flags.commune, 'Xã nơi thực hiện, theo tên nguồn ghi (số, mã hoặc tên; Enter nếu nguồn không nêu; + để thêm xã mới): ', communeQuestion.check);
  if (commune === '+') commune = await addCommune(ctx, {});

  if (ctx.interactive && flags.fields === undefined) listChoices(ctx.io, fields);
  const chosenFields = await obtain(ctx, flags.fields, 'Lĩnh vực (một hay nhiều số, mã hoặc tên, cách nhau bằng dấu phẩy): ', (answer) => {
    const parts = answer.split(',').map((p) => p.trim()).filter(Boolean);
    if (parts.length === 0) return { error: 'cần ít nhất một lĩnh vực (--fields)' };
    const ids: string[] = [];
    for (const part of parts) {
      const picked = pickChoice(part, fields);
      if ('error' in picked) return { error: `lĩnh vực (--fields): ${picked.error}` };
      ids.push(picked.id);
    }
    return [...new Set(ids)];
  });
  if (ctx.interactive && flags.kind === undefined) modelKinds.forEach((k, i) => ctx.io.say(`  ${i + 1}. ${modelKindLabels[k]} (${k})`));
  const kind = await obtain<ModelKind>(ctx, flags.kind, 'Loại mô hình (số hoặc mã): ', enumAnswer(modelKinds, modelKindLabels, 'loại mô hình (--kind)'));
  const person = kind === 'individual' ? await obtain(ctx, flags.person, 'Họ tên người thực hiện: ', required('họ tên người thực hiện (--person)')) : undefined;
  if (kind === 'collective' && flags.person !== undefined) throw new ScaffoldError('chỉ mô hình cá nhân (--kind individual) mới ghi --person');

  const path = join(ctx.contentDir, 'models', `${slug}.mdx`);
  const text = modelTemplate({ title, slug, unit, commune, fields: chosenFields, kind, person, source, author: flags.author ?? DEFAULT_AUTHOR, publishedAt: ctx.today });
  // "wx": fails instead of overwriting, even if the file appeared since the question.
  writeFileSync(path, text, { flag: 'wx' });
  const shown = relative(process.cwd(), path);
  ctx.io.say(`Đã tạo ${shown}.`);
  ctx.io.say('Tiếp theo: mở tệp, viết câu tóm tắt (summary) và nội dung bài, ghi các số liệu nguồn có nêu, rồi chạy "npm run check".');
  return path;
}

export function contextFor(contentDir: string, io: Io, interactive: boolean, today = todayInVietnam()): Context {
  return { contentDir, io, interactive, today };
}
