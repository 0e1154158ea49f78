// A wage-subsidy claim for one pay period of a pairing (BRIEF step 8), on the forms kit. Prefilled
// with the next period after the last claim and the hire's terms (claimValues.ts); validated as it
// is typed by the procedure's schema; the reimbursable amount computed live with the shared
// calculator (claimCheck.ts), and the server's preview (money.previewClaim) adds what only it knows
// (the claim deadline, the pairing's remaining maximum). Problems show next to their field.
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { quebecToday } from '../../../../shared/dates';
import { type ClaimInputFields, claimInput } from '../../../../shared/money/schemas';
import { ErrorAlert } from '../../components/Alert';
import { FormDate, FormNumber } from '../../components/form/FormFields';
import { showServerError, useSharedForm } from '../../lib/forms';
import { parseHours, parseMoney } from '../../lib/numberText';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import {
  describeMoneyError,
  type PairingDetail,
  refusalMessage,
  rulesParams,
  useDebounced,
} from '../money/moneyText';
import { ClaimPreview } from './ClaimPreview';
import { type ClaimField, type ClaimProblem, claimFormSchema, clientPreview } from './claimCheck';
import { agreedFor, type ClaimValues, claimDefaults, lastClaimableDay } from './claimValues';
import { ProofUpload, type UploadedProof } from './proofs/ProofUpload';

/** The earlier of two days (YYYY-MM-DD). */
const minDay = (a: string, b: string) => (a < b ? a : b);

export function ClaimForm(props: {
  pairing: PairingDetail;
  onSubmitted: (r: { amountCents: number; periodStart: string; periodEnd: string }) => void;
}) {
  const { pairing } = props;
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const titleId = useId();
  const { form, summary, setSummary } = useSharedForm(
    claimFormSchema,
    claimDefaults(pairing, fmt.locale),
    ['grossWagesCents'],
  );
  const { control } = form;
  // Proofs of pay uploaded for this claim (sent with it as their ids).
  const [proofs, setProofs] = useState<UploadedProof[]>([]);
  // Every field has its default: the watched values are whole.
  const values = useWatch({ control }) as ClaimValues;
  // Hours and wages follow the period's dates (as agreed at hire) until the employer types them.
  const typed = useRef(false);
  const followPeriod = () => {
    if (typed.current) return;
    const v = form.getValues();
    const agreed = agreedFor(pairing, v.periodStart, v.periodEnd, fmt.locale);
    if (agreed.hoursWorked) {
      form.setValue('hoursWorked', agreed.hoursWorked);
      form.setValue('grossWagesCents', agreed.grossWagesCents);
    }
  };

  const local = clientPreview(pairing, values, t, fmt);
  // The server's preview, once the form has settled on something the schema accepts.
  const parsed = local
    ? claimInput.safeParse({
        pairingId: pairing.id,
        periodStart: values.periodStart,
        periodEnd: values.periodEnd,
        hoursWorked: parseHours(values.hoursWorked),
        grossWagesCents: parseMoney(values.grossWagesCents),
      })
    : null;
  const key = parsed?.success ? JSON.stringify(parsed.data) : '';
  const settled = useDebounced(key, 400);
  const server = useQuery(
    trpc.money.previewClaim.queryOptions(
      settled !== '' && settled === key ? (JSON.parse(settled) as ClaimInputFields) : skipToken,
      { staleTime: 5_000 },
    ),
  );
  const serverCurrent = server.data && settled === key ? server.data : null;

  // Problems by field: ours at once, then what only the server knows (deadline, nothing left).
  const problems: ClaimProblem[] = [...(local?.problems ?? [])];
  for (const r of serverCurrent?.refusals ?? []) {
    if (!problems.some((p) => p.code === r.code)) {
      problems.push({
        code: r.code,
        field: (r.field as ClaimField | null) ?? null,
        message: refusalMessage(r.code, r.params, t, fmt),
      });
    }
  }
  const rule: Partial<Record<ClaimField, string>> = {};
  for (const p of problems) if (p.field) rule[p.field] ??= p.message;
  const general = problems.filter((p) => !p.field).map((p) => p.message);

  const submit = useMutation(trpc.money.submitClaim.mutationOptions());
  const save = form.handleSubmit(
    async (fields) => {
      if (problems.length > 0) {
        setSummary(general.length > 0 ? general.join(' ') : t('form.errorSummary'));
        const first = problems.find((p) => p.field);
        if (first?.field) form.setFocus(first.field);
        return;
      }
      setSummary(null);
      try {
        const input = { pairingId: pairing.id, ...fields, proofIds: proofs.map((p) => p.id) };
        const r = await submit.mutateAsync(input);
        typed.current = false;
        setProofs([]);
        form.reset(claimDefaults(pairing, fmt.locale, input.periodEnd));
        props.onSubmitted({
          amountCents: r.amountCents,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
        });
        await Promise.all([
          qc.invalidateQueries({ queryKey: trpc.pairings.pathKey() }),
          qc.invalidateQueries({ queryKey: trpc.money.pathKey() }),
        ]);
      } catch (err) {
        setSummary(showServerError(err, form, t, (e) => describeMoneyError(e, t, fmt)).message);
      }
    },
    () => setSummary(t('form.errorSummary')),
  );

  return (
    <form onSubmit={save} noValidate className="stack emp-claim-form" aria-labelledby={titleId}>
      <h3 id={titleId} className="visually-hidden">
        {t('employer.claim.formTitle')}
      </h3>
      <p className="emp-note">
        {t('employer.claim.rules', {
          number: pairing.phase.number,
          ...rulesParams(pairing.phase.rules, fmt),
        })}
      </p>
      <ErrorAlert>{summary}</ErrorAlert>
      <div className="emp-form-grid">
        <FormDate
          control={control}
          name="periodStart"
          label={t('employer.claim.periodStart')}
          written={fmt.date}
          rule={rule.periodStart}
          onValue={followPeriod}
          min={pairing.startDate}
          max={lastClaimableDay(pairing)}
          required
        />
        <FormDate
          control={control}
          name="periodEnd"
          label={t('employer.claim.periodEnd')}
          written={fmt.date}
          rule={rule.periodEnd}
          onValue={followPeriod}
          min={values.periodStart || pairing.startDate}
          max={minDay(lastClaimableDay(pairing), quebecToday(new Date()))}
          required
        />
        <FormNumber
          control={control}
          name="hoursWorked"
          kind="hours"
          label={t('employer.claim.hours')}
          hint={t('employer.claim.hoursHint')}
          rule={rule.hoursWorked}
          onValue={() => {
            typed.current = true;
          }}
          required
        />
        <FormNumber
          control={control}
          name="grossWagesCents"
          kind="money"
          label={t('employer.claim.gross')}
          hint={t('employer.claim.grossHint')}
          rule={rule.grossWagesCents}
          onValue={() => {
            typed.current = true;
          }}
          required
        />
      </div>
      <p className="emp-note">{t('employer.claim.prefillNote')}</p>
      <ClaimPreview
        pairing={pairing}
        local={local}
        server={serverCurrent}
        problems={problems}
        periodEnd={values.periodEnd}
      />
      <ProofUpload proofs={proofs} onChange={setProofs} />
      <div className="emp-actions">
        <button type="submit" className="button button--primary" disabled={submit.isPending}>
          {t('employer.claim.submit')}
        </button>
      </div>
      {submit.isPending ? (
        <p role="status" className="emp-note">
          {t('form.saving')}
        </p>
      ) : null}
    </form>
  );
}
