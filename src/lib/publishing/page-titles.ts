/** Titles of the pages that list or group models: the page's h1, and the title of its social card. */
import type { CommuneView } from '../catalog/catalog';
import { formerDatedLabel } from '../places/labels';

export const listTitles = {
  models: 'Tất cả mô hình',
  communes: 'Mô hình theo xã, thị trấn',
  units: 'Mô hình theo đơn vị',
  fields: 'Mô hình theo lĩnh vực',
  years: 'Mô hình theo năm bắt đầu',
  reports: 'Báo cáo sơ kết, tổng kết',
  about: 'Giới thiệu',
} as const;

/** "Mô hình ở xã Đăk Ui"; a former unit with its period, "Mô hình ở xã Đăk Ui (đến 30/06/2025)", so that it never reads as today's. */
export function communeTitle(commune: Pick<CommuneView, 'label' | 'current' | 'period'>): string {
  return `Mô hình ở ${formerDatedLabel(commune)}`;
}

/** "Mô hình bắt đầu năm 2015", or the page of models whose start year is unknown. */
export function yearTitle(year: number | undefined): string {
  return year === undefined ? 'Mô hình chưa rõ năm bắt đầu' : `Mô hình bắt đầu năm ${year}`;
}
