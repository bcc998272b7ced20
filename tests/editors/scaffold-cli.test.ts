/**
 * `npm run new` as an editor runs it: with flags, or answering its questions. Its article
 * fails the check only on what the editor must still write, and passes once that is written.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { errorLines } from './broken-rows';
import { copyProject, type ProjectCopy } from '../../scripts/lib/project-copy';

const copies: ProjectCopy[] = [];
afterAll(() => copies.forEach((c) => c.remove()));
function freshCopy(): ProjectCopy {
  const project = copyProject();
  copies.push(project);
  return project;
}

describe.concurrent('npm run new', () => {
  it('writes an article from flags that passes the check once its summary and body are written', async () => {
    const project = freshCopy();
    const created = await project.npm('new', ['--title', 'Vườn rau xanh', '--unit', 'THCS Chu Văn An', '--commune', 'Dak Ngoc', '--fields', 'phat-trien-kinh-te', '--kind', 'collective']);
    expect(created.code, created.output).toBe(0);
    expect(created.output).toContain('Đã tạo content/models/vuon-rau-xanh.mdx.');
    const path = 'content/models/vuon-rau-xanh.mdx';
    const text = project.read(path);
    expect(text).toContain('unit: cdcs-truong-thcs-chu-van-an\n');
    expect(text).toContain('commune: dak-ngok\n');

    const unfinished = await project.npm('check');
    expect(unfinished.code).toBe(1);
    expect(errorLines(unfinished.output).map((line) => line.split(':')[0] + ' ' + line.split(' ')[1])).toEqual([`${path} summary:`, `${path} (thân`]);

    const filled = text.replace('summary: ""', 'summary: Bài thử của bộ kiểm thử.').replace(/\{\/\*[\s\S]*?\*\/\}/, 'Nội dung thử, không phải một mô hình thật.');
    project.write(path, filled);
    const finished = await project.npm('check');
    expect(finished.code, finished.output).toBe(0);

    const again = await project.npm('new', ['--title', 'Vườn rau xanh', '--fields', '1', '--kind', 'collective']);
    expect(again.code).toBe(1);
    expect(again.output).toContain('Lỗi: đã có bài content/models/vuon-rau-xanh.mdx; hãy đặt tên khác (hoặc --slug khác), không ghi đè bài cũ');
    expect(project.read(path)).toBe(filled);
  });

  it('asks step by step, offering units and communes by name, and adds a commune on the way', async () => {
    const project = freshCopy();
    const answers = ['Tủ sách lớp em', '', 'mam non hoa hong', '+', 'Đăk Tơ Kan', '2', 'tỉnh Kon Tum', 'huyện Đăk Tô', '', 'Dak To Kan', 'truong hoc than thien', '2', 'Nguyễn Thị Mai', ''].join('\n');
    const created = await project.npm('new', [], answers);
    expect(created.code, created.output).toBe(0);
    expect(created.output).toContain('2. MN Hoa Hồng (cdcs-truong-mam-non-hoa-hong)');
    expect(created.output).toContain('Đã thêm xã "Đăk Tơ Kan" (dak-to-kan) vào content/communes.yaml.');
    const text = project.read('content/models/tu-sach-lop-em.mdx');
    expect(text).toMatch(/unit: cdcs-truong-mam-non-hoa-hong\n[\s\S]*commune: dak-to-kan\n[\s\S]*kind: individual\n[\s\S]*person: Nguyễn Thị Mai\n/);
    expect(project.read('content/communes.yaml')).toMatch(/\ndak-to-kan:\n {2}name: Đăk Tơ Kan\n {2}kind: xa\n {2}province: tỉnh Kon Tum\n {2}district: huyện Đăk Tô\n {2}aliases: \[Dak To Kan\]\n$/);
  });

  it('adds a unit from flags, which a new article can then use', async () => {
    const project = freshCopy();
    const added = await project.npm('new', ['don-vi', '--name', 'CĐCS Trường THCS Lê Lợi', '--short-name', 'THCS Lê Lợi', '--kind', 'school', '--school-level', 'thcs', '--commune', 'Đăk Hà']);
    expect(added.code, added.output).toBe(0);
    expect(added.output).toContain('Đã thêm đơn vị "THCS Lê Lợi" (cdcs-truong-thcs-le-loi) vào content/units.yaml.');
    const used = await project.npm('new', ['--title', 'Góc học tập', '--unit', 'THCS Le Loi', '--fields', 'truong-hoc-than-thien', '--kind', 'collective']);
    expect(used.code, used.output).toBe(0);
    expect(project.read('content/models/goc-hoc-tap.mdx')).toContain('unit: cdcs-truong-thcs-le-loi\n');
    const unknown = await project.npm('new', ['--title', 'Góc đọc sách', '--unit', 'THCS Le Loii', '--fields', '1', '--kind', 'collective']);
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain('Có phải ý bạn là "THCS Lê Lợi" (cdcs-truong-thcs-le-loi)?');
  });
});
