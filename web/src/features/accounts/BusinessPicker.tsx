// Choosing an employer's business among thousands: a search (name with or without accents, city
// or NEQ) narrows the list to its first 50 matches, and says when there are more.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field';
import { FormSelect } from '../../components/form/FormFields';
import { useTRPC } from '../../lib/trpc';

const SHOWN = 50;

export function BusinessPicker<V extends FieldValues>(props: {
  control: Control<V, unknown, FieldValues>;
  name: FieldPath<V>;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [text, setText] = useState('');
  const [q, setQ] = useState<string | undefined>(undefined);
  // Searched as typed, once the typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim() || undefined), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const found = useQuery(trpc.directory.businessesPage.queryOptions({ q, limit: SHOWN }));
  const items = found.data?.items ?? [];
  const total = found.data?.total ?? 0;
  return (
    <>
      <TextField
        label={t('accounts.businessSearch')}
        hint={t('accounts.businessSearchHint')}
        type="search"
        value={text}
        onChange={setText}
      />
      <FormSelect control={props.control} name={props.name} label={t('accounts.business')} required>
        <option value="">{t('accounts.choose')}</option>
        {items.map((b) => (
          <option key={b.id} value={b.id}>
            {b.city ? `${b.legalName} — ${b.city}` : b.legalName}
          </option>
        ))}
      </FormSelect>
      <p className="field__hint" role="status">
        {found.isPending
          ? t('app.loading')
          : total > items.length
            ? t('accounts.businessesShown', { shown: items.length, total })
            : t('accounts.businessesFound', { count: total })}
      </p>
    </>
  );
}
