// A phase select whose choice lives in the URL (the caller navigates).
import { useTranslation } from 'react-i18next';
import { parseId } from '../lib/ids';
import { phaseTitle, usePhases } from '../lib/phases';
import { SelectField } from './Field';

export function PhaseFilter(props: {
  label: string;
  value: number | null;
  onChange: (phaseId: number | null) => void;
}) {
  const { t } = useTranslation();
  const phases = usePhases();
  return (
    <SelectField
      label={props.label}
      value={props.value === null ? '' : String(props.value)}
      onChange={(v) => props.onChange(parseId(v))}
    >
      <option value="">{t('coordinator.common.allPhases')}</option>
      {phases.data?.map((p) => (
        <option key={p.id} value={p.id}>
          {phaseTitle(t, p)}
          {p.status === 'open' ? ` (${t('coordinator.phaseStatus.open').toLowerCase()})` : ''}
        </option>
      ))}
    </SelectField>
  );
}
