/**
 * Synthetic model articles and units for measuring a large site (never written into content/): valid
 * frontmatter with a realistic mix of known and unknown figures, and Vietnamese story text built from
 * a bank of sentences, numbers and names. Deterministic for a given seed. Authored as test data, so
 * nobody mistakes an article for a real model.
 */
import { stringify } from 'yaml';
import { slugify } from '../../src/lib/text/vietnamese';

export interface SyntheticFile {
  /** Path under the content folder: "models/tn-0001-….mdx". */
  path: string;
  text: string;
}

export interface SyntheticUnit {
  id: string;
  name: string;
  shortName: string;
  kind: 'school';
  schoolLevel: 'mam-non' | 'tieu-hoc' | 'thcs';
  commune: string;
  aliases: string[];
}

export interface SyntheticOptions {
  /** How many articles. */
  count: number;
  /** Ids that exist in content/communes.yaml and content/fields.yaml. */
  communes: readonly string[];
  fields: readonly string[];
  /** Units the articles belong to (existing ids or syntheticUnits()). */
  units: readonly string[];
  seed?: number;
}

/** A small, fast, seeded generator (mulberry32): the same seed gives the same site. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Pick = <T>(items: readonly T[]) => T;

const schoolNames = [
  'Lê Lợi', 'Nguyễn Trãi', 'Trần Phú', 'Lý Tự Trọng', 'Kim Đồng', 'Võ Thị Sáu', 'Hùng Vương', 'Quang Trung', 'Nguyễn Du',
  'Lê Quý Đôn', 'Phan Chu Trinh', 'Phan Bội Châu', 'Ngô Quyền', 'Trần Hưng Đạo', 'Lê Văn Tám', 'Nguyễn Huệ', 'Hoa Sen',
  'Hoa Mai', 'Sơn Ca', 'Họa Mi', 'Vành Khuyên', 'Măng Non', 'Tuổi Thơ', 'Hoa Ban', 'Nguyễn Bỉnh Khiêm', 'Lương Thế Vinh',
  'Đinh Tiên Hoàng', 'Bế Văn Đàn', 'Nơ Trang Lơng', 'A Sanh', 'Y Jút', 'Đăk Pxi', 'Ngọc Linh', 'Bình Minh', 'Hướng Dương',
];
const levels = [
  { level: 'mam-non', full: 'Trường mầm non', short: 'MN' },
  { level: 'tieu-hoc', full: 'Trường Tiểu học', short: 'TH' },
  { level: 'thcs', full: 'Trường THCS', short: 'THCS' },
] as const;
const familyNames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Y', 'A'];
const middleNames = ['Thị', 'Văn', 'Đức', 'Ngọc', 'Minh', 'Thanh', 'Hữu', 'Kim'];
const givenNames = ['Hoa', 'Lan', 'Hùng', 'Dũng', 'Thảo', 'Hạnh', 'Bình', 'Tâm', 'Nga', 'Phượng', 'Sơn', 'Hải', 'Yến', 'Đông', 'Blông', 'H’Linh'];
const activities = [
  'Vườn rau xanh', 'Tuyến đường hoa', 'Quỹ khuyến học', 'Thư viện xanh', 'Góc đọc sách', 'Bếp ăn bán trú', 'Sân chơi cho trẻ',
  'Hũ gạo tình thương', 'Tủ bánh mì nghĩa tình', 'Con đường bích họa', 'Điểm trường sáng – xanh – sạch', 'Nhà vệ sinh cho học sinh',
  'Áo ấm cho em', 'Nuôi heo đất giúp bạn', 'Giếng nước sạch', 'Đèn đường năng lượng mặt trời', 'Vận động trẻ ra lớp',
  'Chăn nuôi bò sinh sản', 'Trồng cà phê xen cây ăn quả', 'Tổ hòa giải ở thôn', 'Xóa bỏ hủ tục trong tang lễ', 'Một cửa thân thiện',
];
const sourceKinds = ['nhan-dan', 'doan-vien', 'doanh-nghiep', 'cong-doan'] as const;
const groups = ['học sinh có hoàn cảnh khó khăn', 'hộ nghèo', 'đoàn viên khó khăn', 'trẻ em dân tộc thiểu số', 'hộ dân trong thôn', 'người cao tuổi'];
const sentences = [
  'Đoàn viên {unit} đã vận động Nhân dân {commune} cùng tham gia, góp công, góp sức.',
  'Từ năm {year}, mô hình được duy trì đều đặn và nhận được sự đồng thuận của bà con {village}.',
  'Ban chấp hành công đoàn cơ sở phân công từng tổ công đoàn phụ trách một phần việc cụ thể.',
  'Kinh phí {money} đồng được huy động từ đoàn viên, phụ huynh học sinh và các doanh nghiệp trên địa bàn.',
  'Đến nay đã có {n} {group} được hỗ trợ, giúp các em yên tâm đến lớp.',
  'Cán bộ, giáo viên thường xuyên đến từng hộ gia đình để tuyên truyền, giải thích cho người dân hiểu.',
  'Mô hình góp phần xây dựng nông thôn mới và giữ gìn cảnh quan môi trường xanh – sạch – đẹp.',
  'Nhiều hộ đồng bào dân tộc thiểu số đã thay đổi nếp nghĩ, cách làm, mạnh dạn áp dụng tiến bộ kỹ thuật vào sản xuất.',
  'Những buổi sinh hoạt chuyên đề được tổ chức hằng tháng tại nhà văn hóa {village}.',
  'Hằng năm, công đoàn cơ sở sơ kết, rút kinh nghiệm và đề ra cách làm mới phù hợp với thực tế.',
  'Chính quyền địa phương đánh giá cao tinh thần trách nhiệm của đội ngũ nhà giáo trong công tác dân vận.',
  'Cách làm đơn giản, dễ nhân rộng, phù hợp với điều kiện của các trường vùng sâu, vùng xa.',
  'Đoàn viên tự nguyện đóng góp ngày công để sửa chữa phòng học, làm hàng rào và trồng cây bóng mát.',
  'Phụ huynh học sinh tích cực phối hợp với nhà trường, cùng chăm lo cho các em học sinh.',
  'Kết quả là {n} lượt người dân tham gia các buổi tuyên truyền về pháp luật và phòng chống dịch bệnh.',
  'Các thôn làng trên địa bàn {commune} đã có chuyển biến rõ rệt trong việc giữ gìn vệ sinh chung.',
  'Tổ công đoàn khối {level} là nòng cốt trong việc triển khai, kiểm tra, đôn đốc thực hiện.',
  'Bà con phấn khởi, tin tưởng và tự giác tham gia các phong trào do công đoàn phát động.',
];

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => slots[name] ?? name);
}

/** Schools named after the usual namesakes, spread over the given communes. */
export function syntheticUnits(count: number, communes: readonly string[], seed = 7): SyntheticUnit[] {
  const next = random(seed);
  const units: SyntheticUnit[] = [];
  for (let i = 0; units.length < count && i < schoolNames.length * levels.length; i++) {
    const level = levels[i % levels.length]!;
    const name = schoolNames[Math.floor(i / levels.length)]!;
    units.push({
      id: `tn-${slugify(`${level.short} ${name}`)}`,
      name: `CĐCS ${level.full} ${name}`,
      shortName: `${level.short} ${name}`,
      kind: 'school',
      schoolLevel: level.level,
      commune: communes[Math.floor(next() * communes.length)]!,
      aliases: [`${level.full} ${name}`],
    });
  }
  return units;
}

/** The units as lines to append to content/units.yaml. */
export function unitsYaml(units: readonly SyntheticUnit[]): string {
  return stringify(Object.fromEntries(units.map(({ id, ...unit }) => [id, unit])));
}

function frontmatter(pick: Pick, next: () => number, index: number, options: SyntheticOptions, earlier: readonly string[]) {
  const individual = next() < 0.1;
  const year = next() < 0.8 ? 2009 + Math.floor(next() * 11) : undefined;
  const total = next() < 0.6 ? Math.round(next() * 400) * 1_000_000 + 2_000_000 : undefined;
  const person = `${pick(familyNames)} ${pick(middleNames)} ${pick(givenNames)}`;
  const title = `${pick(activities)} số ${index + 1}`;
  const data: Record<string, unknown> = {
    title,
    summary: `Mô hình thử nghiệm số ${index + 1}: ${title.toLocaleLowerCase('vi')} do đoàn viên vận động thực hiện.`,
    publishedAt: `2025-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
    author: 'Dữ liệu thử nghiệm (không có thật)',
    unit: pick(options.units),
    ...(next() < 0.7 ? { commune: pick(options.communes) } : {}),
    ...(next() < 0.4 ? { village: `thôn ${1 + Math.floor(next() * 12)}` } : {}),
    fields: [...new Set([pick(options.fields), ...(next() < 0.3 ? [pick(options.fields)] : [])])],
    kind: individual ? 'individual' : 'collective',
    ...(individual ? { person } : {}),
    ...(year ? { yearStarted: year } : {}),
    ...(next() < 0.3 ? { replicated: next() < 0.5 } : {}),
    ...(total ? { funding: { total, ...(next() < 0.5 ? { sources: [{ from: [pick(sourceKinds)], amount: Math.floor((total * next()) / 1_000_000) * 1_000_000 }] } : {}) } } : {}),
    ...(next() < 0.1 ? { benefit: { amount: (10 + Math.floor(next() * 490)) * 1_000_000, atLeast: true } } : {}),
    ...(earlier.length > 10 && next() < 0.05 ? { replicatedFrom: pick(earlier) } : {}),
    ...(next() < 0.5 ? { beneficiaries: [{ group: pick(groups), count: 5 + Math.floor(next() * 900), unit: pick(['người', 'lượt', 'hộ']) }] } : {}),
  };
  return data;
}

function body(pick: Pick, next: () => number, data: Record<string, unknown>): string {
  const slots = () => ({
    unit: 'nhà trường',
    commune: 'trên địa bàn xã',
    village: typeof data.village === 'string' ? data.village : `thôn ${1 + Math.floor(next() * 12)}`,
    year: String(data.yearStarted ?? 2009 + Math.floor(next() * 11)),
    money: (Math.round(next() * 300) * 1_000_000 + 1_000_000).toLocaleString('vi-VN'),
    n: String(5 + Math.floor(next() * 900)),
    group: pick(groups),
    level: pick(['mầm non', 'tiểu học', 'trung học cơ sở']),
  });
  // About 630 words, like a real article: six paragraphs of five to seven sentences.
  const paragraph = () => Array.from({ length: 5 + Math.floor(next() * 3) }, () => fill(pick(sentences), slots())).join(' ');
  return [paragraph(), paragraph(), '## Cách làm', paragraph(), paragraph(), '## Kết quả', paragraph(), paragraph()].join('\n\n');
}

/** `count` model articles as MDX files, spread over the given units, communes and fields. */
export function syntheticModels(options: SyntheticOptions): SyntheticFile[] {
  const next = random(options.seed ?? 1);
  const pick: Pick = (items) => items[Math.floor(next() * items.length)]!;
  const ids: string[] = [];
  return Array.from({ length: options.count }, (_, index) => {
    const data = frontmatter(pick, next, index, options, ids);
    const id = `tn-${String(index + 1).padStart(4, '0')}-${slugify(String(data.title))}`;
    ids.push(id);
    return { path: `models/${id}.mdx`, text: `---\n${stringify(data)}---\n\n${body(pick, next, data)}\n` };
  });
}
