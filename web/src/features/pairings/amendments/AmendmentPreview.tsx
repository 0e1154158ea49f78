// What the amendment being typed would do, computed by the server exactly as it will when saved
// (the shared calculator day by day, the budgets): the new maximum and planned end, or the
// refusal in words with its figures.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AmendPairingInput } from '../../../../../shared/pairings/amendments';
import { describeBreach } from '../../../lib/errors';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';

export function AmendmentPreview({ input }: { input: AmendPairingInput | null }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const preview = useQuery({
    ...trpc.pairings.previewAmendment.queryOptions(
      input ?? { kind: 'weeks', pairingId: 1, plannedWeeks: 1, comment: '' },
    ),
    enabled: input !== null,
  });
  const p = input ? preview.data : undefined;
  let text: string | null = null;
  if (p?.maxWageSubsidyCents != null && p.previousMaxCents != null && p.plannedEndDate) {
    text = t('paperwork.amend.preview', {
      before: fmt.money(p.previousMaxCents),
      after: fmt.money(p.maxWageSubsidyCents),
      end: fmt.date(p.plannedEndDate),
    });
  } else if (p?.refusal) {
    text = describeBreach(p.refusal, t);
  }
  return (
    <p role="status" className={p?.refusal ? 'field__error' : undefined}>
      {text}
    </p>
  );
}
