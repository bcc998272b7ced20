/**
 * Deterministic synthetic content for benchmarks: N model articles of realistic length and
 * variety (units, communes, fields, figures; some with none), plus the units they name.
 * It is written only into temporary copies of the project, never into content/.
 */

/** A small, seedable PRNG (mulberry32), so the same N always gives the same articles. */
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

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const chance = (rng: Rng, p: number) => rng() < p;
const between = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

export const communeIds = ['dak-ha', 'dak-hring', 'dak-la', 'dak-long', 'dak-mar', 'dak-ngok', 'dak-pxi', 'dak-ui', 'ha-mon', 'ngok-reo', 'ngok-wang'] as const;
const communeNames: Record<(typeof communeIds)[number], string> = {
  'dak-ha': 'thị trấn Đăk Hà', 'dak-hring': 'xã Đăk Hring', 'dak-la': 'xã Đăk La', 'dak-long': 'xã Đăk Long', 'dak-mar': 'xã Đăk Mar',
  'dak-ngok': 'xã Đăk Ngọk', 'dak-pxi': 'xã Đăk Pxi', 'dak-ui': 'xã Đăk Ui', 'ha-mon': 'xã Hà Mòn', 'ngok-reo': 'xã Ngọk Réo', 'ngok-wang': 'xã Ngọk Wang',
};
export const fieldIds = ['cai-cach-hanh-chinh', 'thon-ket-nghia', 'cham-soc-suc-khoe', 'phat-trien-kinh-te', 'nong-thon-moi', 'moi-truong', 'truong-hoc-than-thien', 'quy-ho-tro'] as const;

const levels = [
  { id: 'mam-non', word: 'Mầm non' },
  { id: 'tieu-hoc', word: 'Tiểu học' },
  { id: 'thcs', word: 'THCS' },
] as const;
const schoolNames = ['Hoa Sen', 'Sao Mai', 'Bình Minh', 'Lê Lợi', 'Nguyễn Du', 'Trần Phú', 'Kim Đồng', 'Võ Thị Sáu', 'Hùng Vương', 'Quang Trung', 'Hoa Ban', 'Măng Non'];
const familyNames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Y', 'A'];
const middleNames = ['Thị', 'Văn', 'Đức', 'Ngọc', 'Minh', 'Thu'];
const givenNames = ['Hạnh', 'Lan', 'Dũng', 'Hương', 'Thắng', 'Nga', 'Blông', 'Hiền', 'Tuấn', 'Yến'];
const activities = [
  { title: 'Vườn rau dinh dưỡng', field: 'phat-trien-kinh-te' },
  { title: 'Tủ sách dùng chung', field: 'truong-hoc-than-thien' },
  { title: 'Quỹ áo ấm cho học sinh', field: 'quy-ho-tro' },
  { title: 'Đường hoa thôn', field: 'moi-truong' },
  { title: 'Một cửa thân thiện', field: 'cai-cach-hanh-chinh' },
  { title: 'Khám sức khỏe cho người cao tuổi', field: 'cham-soc-suc-khoe' },
  { title: 'Đỡ đầu thôn kết nghĩa', field: 'thon-ket-nghia' },
  { title: 'Khu dân cư sáng – xanh – sạch', field: 'nong-thon-moi' },
] as const;
const villages = ['thôn 1', 'thôn 2', 'thôn Kon Gung', 'thôn Đăk Lấp', 'làng Kon Jơ Dri', 'thôn Thanh Trung'];
const sentences = [
  'Đoàn viên {unit} đã họp bàn, thống nhất cách làm và phân công từng tổ công đoàn phụ trách một phần việc.',
  'Ban chấp hành công đoàn đến từng hộ ở {village}, {commune} để nói rõ mục đích và lắng nghe ý kiến của bà con.',
  'Nhiều gia đình ban đầu còn e ngại, nhưng sau khi thấy đoàn viên làm trước, bà con đã cùng tham gia.',
  'Mỗi tháng, công đoàn tổ chức một buổi sinh hoạt để rút kinh nghiệm và điều chỉnh kế hoạch cho phù hợp.',
  'Các thầy cô giáo tranh thủ ngày nghỉ để cùng phụ huynh dọn dẹp, sửa chữa và trang trí lại khuôn viên.',
  'Cán bộ thôn và chi hội phụ nữ phối hợp chặt chẽ, nhờ đó thông tin đến được với từng hộ dân.',
  'Những việc làm nhỏ nhưng đều đặn đã giúp người dân tin tưởng hơn vào tổ chức công đoàn.',
  'Mô hình được lồng ghép vào phong trào thi đua chung của đơn vị và được đánh giá vào cuối năm.',
  'Người dân trong {village} tự nguyện góp ngày công, vật liệu và cả kinh nghiệm của mình.',
  'Sau mỗi đợt, đoàn viên ghi chép lại kết quả để báo cáo với công đoàn cấp trên một cách trung thực.',
  'Nhờ cách làm gần dân, hiểu dân, mô hình ngày càng được nhiều người biết đến và ủng hộ.',
  'Đơn vị cũng chú ý giữ gìn những gì đã làm được, tránh tình trạng làm xong rồi bỏ đó.',
];

export interface SyntheticUnit {
  id: string;
  name: string;
  shortName: string;
  level: (typeof levels)[number]['id'];
  commune: (typeof communeIds)[number];
}

export function syntheticUnits(count: number, seed = 7): SyntheticUnit[] {
  const rng = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const level = pick(rng, levels);
    const name = `${pick(rng, schoolNames)} ${i + 1}`;
    return {
      id: `truong-${level.id}-${i + 1}`,
      name: `CĐCS Trường ${level.word} ${name}`,
      shortName: `${level.word} ${name}`,
      level: level.id,
      commune: pick(rng, communeIds),
    };
  });
}

export function unitsYaml(units: readonly SyntheticUnit[]): string {
  return units
    .map((u) => `${u.id}:\n  name: ${u.name}\n  shortName: ${u.shortName}\n  kind: school\n  schoolLevel: ${u.level}\n  commune: ${u.commune}\n  aliases: []\n`)
    .join('');
}

function paragraph(rng: Rng, fill: (s: string) => string, length: number): string {
  return Array.from({ length }, () => fill(pick(rng, sentences))).join(' ');
}

export interface SyntheticArticle {
  id: string;
  source: string;
}

/** The article with index i (0-based); about 630 words of body. */
export function syntheticArticle(i: number, units: readonly SyntheticUnit[], seed = 11): SyntheticArticle {
  const rng = random(seed * 100_003 + i);
  const unit = pick(rng, units);
  const activity = pick(rng, activities);
  const village = pick(rng, villages);
  const commune = communeNames[unit.commune];
  const id = `mo-hinh-${String(i + 1).padStart(5, '0')}`;
  const individual = chance(rng, 0.1);
  const lines = [
    '---',
    `title: ${activity.title} số ${i + 1}`,
    `summary: ${unit.name} thực hiện mô hình ${activity.title.toLocaleLowerCase('vi')} ở ${village}, ${commune}.`,
    `publishedAt: 20${between(rng, 19, 26)}-${String(between(rng, 1, 12)).padStart(2, '0')}-${String(between(rng, 1, 28)).padStart(2, '0')}`,
    'author: Ban biên tập',
    `unit: ${unit.id}`,
    `commune: ${unit.commune}`,
    `village: ${village}`,
    `fields: [${[...new Set([activity.field, pick(rng, fieldIds)])].join(', ')}]`,
    `kind: ${individual ? 'individual' : 'collective'}`,
  ];
  if (individual) lines.push(`person: ${pick(rng, familyNames)} ${pick(rng, middleNames)} ${pick(rng, givenNames)}`);
  if (chance(rng, 0.7)) lines.push(`yearStarted: ${between(rng, 2009, 2025)}`);
  if (chance(rng, 0.3)) lines.push(`replicated: ${chance(rng, 0.5)}`);
  if (i > 10 && chance(rng, 0.05)) lines.push(`replicatedFrom: mo-hinh-${String(between(rng, 1, i)).padStart(5, '0')}`);
  if (chance(rng, 0.6)) {
    const total = between(rng, 2, 400) * 500_000;
    const part = Math.floor((total * between(rng, 0, 100)) / 100 / 100_000) * 100_000;
    lines.push('funding:', `  total: ${total}`);
    lines.push(part > 0 ? `  sources:\n    - from: [${pick(rng, ['nhan-dan', 'doan-vien', 'doanh-nghiep', 'nhan-dan, doanh-nghiep'])}]\n      amount: ${part}` : '  sources: []');
  }
  if (chance(rng, 0.5)) {
    const unitWord = pick(rng, ['người', 'hộ', 'lượt']);
    lines.push('beneficiaries:', `  - group: ${pick(rng, ['học sinh có hoàn cảnh khó khăn', 'hộ dân', 'đoàn viên khó khăn', 'người cao tuổi'])}`, `    count: ${between(rng, 5, 900)}`, `    unit: ${unitWord}`, `    atLeast: ${chance(rng, 0.2)}`);
  }
  if (chance(rng, 0.1)) lines.push('benefit:', `  amount: ${between(rng, 10, 500) * 1_000_000}`, '  atLeast: true');
  lines.push('---', '');
  const fill = (s: string) => s.replaceAll('{unit}', unit.name).replaceAll('{village}', village).replaceAll('{commune}', commune);
  const body = [
    paragraph(rng, fill, 4),
    '## Cách làm',
    paragraph(rng, fill, 6),
    paragraph(rng, fill, 6),
    '## Kết quả',
    paragraph(rng, fill, 6),
    paragraph(rng, fill, 6),
    '',
  ].join('\n\n');
  return { id, source: `${lines.join('\n')}\n${body}` };
}
