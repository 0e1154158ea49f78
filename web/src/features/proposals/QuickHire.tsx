// The hire on the candidate card itself: the posting's terms with the maximum wage subsidy they
// bring, and « Confirmer l'embauche » that confirms them as they are; the interview stays
// possible, never required. From the notification, a hire is three actions: open the
// notification, (the card opens on its own), confirm. Other terms: « Modifier les conditions ».
import { type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Alert';
import { today } from '../../lib/dates';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { type CurrentPhase, describeMoneyError } from '../money/moneyText';
import { HirePreview } from './HirePreview';
import {
  type HireDefaults,
  hireFormSchema,
  hireInitialValues,
  hireRuleProblems,
} from './hireTerms';
import { useConfirmHire } from './useConfirmHire';

export function QuickHire(props: {
  proposalId: number;
  name: string;
  defaults: HireDefaults;
  phase: CurrentPhase;
  /** The card's « Modifier les conditions »: opens the hire form. */
  onEdit: () => void;
  editRef: RefObject<HTMLButtonElement | null>;
  /** Another action of the card, shown after the hire's. */
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const [error, setError] = useState<string | null>(null);
  const values = hireInitialValues(props.defaults, today(), fmt.locale);
  const problems = hireRuleProblems(props.phase, values, t, fmt);
  const parsed = hireFormSchema.safeParse(values);
  const ready = parsed.success && Object.keys(problems).length === 0;
  const hire = useConfirmHire((err) => setError(describeMoneyError(err, t, fmt).message));
  return (
    <div className="stack emp-quick-hire">
      <p className="emp-quick-hire__terms">
        {t('employer.hire.quickTerms', {
          start: fmt.date(values.startDate),
          wage: fmt.money(props.defaults.hourlyWageCents),
          hours: props.defaults.hoursPerWeek,
          count: props.defaults.durationWeeks,
        })}
      </p>
      <HirePreview phase={props.phase} values={values} problems={problems} />
      <ErrorAlert>{error}</ErrorAlert>
      {!ready ? <p className="emp-note">{t('employer.hire.quickNeedsEdit')}</p> : null}
      <div className="emp-actions">
        {ready && parsed.success ? (
          <button
            type="button"
            className="button button--primary"
            disabled={hire.isPending}
            onClick={() => {
              setError(null);
              hire.mutate({ proposalId: props.proposalId, ...parsed.data });
            }}
          >
            {t('employer.hire.confirm')}
            <span className="visually-hidden"> — {props.name}</span>
          </button>
        ) : null}
        <button
          ref={props.editRef}
          type="button"
          className={ready ? 'button' : 'button button--primary'}
          onClick={props.onEdit}
        >
          {t('employer.hire.edit')}
          <span className="visually-hidden"> — {props.name}</span>
        </button>
        {props.children}
      </div>
      {hire.isPending ? (
        <p role="status" className="emp-note">
          {t('form.saving')}
        </p>
      ) : null}
    </div>
  );
}
