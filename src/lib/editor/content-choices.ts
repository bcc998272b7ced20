/**
 * The choices of the form's selects, read from the content as the check reads it: every unit,
 * commune (with its period, since old and new units share names), field, report, model and act,
 * each by its id with the label an editor recognises.
 */
import type { RawContent } from '../content-check/integrity';
import { communeLabel, datedLabel, periodLabel } from '../places/labels';
import type { ContentChoices } from './decap-config';

export function contentChoices(raw: RawContent): ContentChoices {
  const byLabel = <T extends { label: string }>(list: T[]) => list.sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  return {
    units: byLabel(raw.units.map((u) => ({ value: u.id, label: u.data.name }))),
    communes: byLabel(raw.communes.map((c) => ({ value: c.id, label: datedLabel({ label: communeLabel(c.data), period: periodLabel(c.data) }) }))),
    fields: byLabel(raw.fields.map((f) => ({ value: f.id, label: f.data.name }))),
    reports: byLabel(raw.reports.map((r) => ({ value: r.id, label: r.data.title }))),
    models: byLabel(raw.models.map((m) => ({ value: m.id, label: m.data.title }))),
    acts: byLabel(raw.acts.map((a) => ({ value: a.id, label: a.data.name }))),
  };
}
