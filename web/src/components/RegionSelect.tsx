// A select of Quebec's 17 administrative regions, names in the current language.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { quebecRegions } from '../../../shared/reference/regions';
import { useLocaleFormat } from '../lib/useLocaleFormat';
import { SelectField } from './Field';

export function RegionSelect(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  required?: boolean;
  name?: string;
  onBlur?: () => void;
  inputRef?: Ref<HTMLSelectElement>;
}) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  return (
    <SelectField {...props}>
      <option value="">{t('accounts.choose')}</option>
      {quebecRegions.map((r) => (
        <option key={r.code} value={r.code}>
          {r.code} — {fmt.region(r.code)}
        </option>
      ))}
    </SelectField>
  );
}
