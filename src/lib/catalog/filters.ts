/** The list filters of /mo-hinh/: which models each keeps, and its Vietnamese label. */
import type { Model } from '../../schemas/model';
import type { ModelFilter } from '../site/paths';

export const filterLabels: Record<ModelFilter, string> = {
  'tap-the': 'Mô hình tập thể',
  'ca-nhan': 'Mô hình cá nhân',
  'nhan-rong': 'Mô hình được nhân rộng',
};

const predicates: Record<ModelFilter, (model: Pick<Model, 'kind' | 'replicated'>) => boolean> = {
  'tap-the': (m) => m.kind === 'collective',
  'ca-nhan': (m) => m.kind === 'individual',
  'nhan-rong': (m) => m.replicated === true,
};

export function applyFilter<T extends { data: Pick<Model, 'kind' | 'replicated'> }>(models: readonly T[], filter: ModelFilter): T[] {
  return models.filter((m) => predicates[filter](m.data));
}
