// A wage-subsidy claim for one pay period of a pairing (BRIEF step 8). Prefilled with the next
// period after the last claim and the hire's terms; the reimbursable amount is computed live with
// the shared calculator, and the server's preview (money.previewClaim) adds what only it knows
// (the claim deadline, the pairing's remaining maximum). Problems show next to their field.
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { claimPeriodBreaches } from '../../../../shared/dateRules';
import { addDays, quebecToday } from '../../../../shared/dates';
import {
  type ClaimComputation,
  claimAmountCents,
  hoursToHundredths,
  periodsOverlap,
  periodWithin,
} from '../../../../shared/money/calculator';
import { isCountingClaim } from '../../../../shared/money/machines';
import { type ClaimInputFields, claimInput } from '../../../../shared/money/schemas';
import { ErrorAlert } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { type ShownError, validate } from '../../lib/errors';
import { centsToInput, hoursToInput, parseDollarsToCents, parseHours } from '../../lib/numberText';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import {
  describeMoneyError,
  type Fmt,
  formatRate,
  ISO_DATE_PATTERN,
  type PairingDetail,
  refusalMessage,
  rulesParams,
  useDebounced,
} from '../money/moneyText';
import { ProofUpload, type UploadedProof } from './proofs/ProofUpload';

export interface ClaimValues {
  periodStart: string;
  periodEnd: string;
  hours: string;
  gross: string;
}

type ClaimField = 'periodStart' | 'periodEnd' | 'hoursWorked' | 'grossWagesCents';

/** Where the calculator's problems are shown (the server uses the same fields). */
const problemField: Record<ClaimComputation['problems'][number]['code'], ClaimField> = {
  invalidDate: 'periodStart',
  periodEndsBeforeStart: 'periodEnd',
  periodLongerThanClaimPeriod: 'periodEnd',
  hoursAboveWeeklyMaximum: 'hoursWorked',
};

/** The claims that hold money: submitted or approved (a rejected period can be claimed again). */
export function liveClaims(pairing: PairingDetail) {
  return pairing.claims.filter((c) => isCountingClaim(c.status));
}

/** What remains of the pairing's maximum wage subsidy for new claims. */
export function remainingCents(pairing: PairingDetail): number {
  const used = liveClaims(pairing).reduce((s, c) => s + c.amountCents, 0);
  return Math.max(0, pairing.maxWageSubsidyCents - used);
}

export function lastClaimableDay(pairing: PairingDetail): string {
  return pairing.endDate ?? pairing.plannedEndDate;
}

/** The earlier of two days (YYYY-MM-DD). */
const minDay = (a: string, b: string) => (a < b ? a : b);

/** The first day no live claim covers yet, after the last one (or the start of the pairing). */
export function nextPeriodStart(pairing: PairingDetail, alsoClaimedUntil?: string): string {
  const ends = liveClaims(pairing).map((c) => c.periodEnd);
  if (alsoClaimedUntil) ends.push(alsoClaimedUntil);
  const last = ends.sort().at(-1);
  return last && last >= pairing.startDate ? addDays(last, 1) : pairing.startDate;
}

/**
 * The next pay period: one claim period long (e.g. 14 days) from the next unclaimed day, within
 * the pairing; hours and gross wages as agreed at hire, for the employer to check against payroll.
 */
export function claimDefaults(
  pairing: PairingDetail,
  locale: Fmt['locale'],
  alsoClaimedUntil?: string,
): ClaimValues {
  const start = nextPeriodStart(pairing, alsoClaimedUntil);
  const periodDays = pairing.phase.rules.claimPeriodWeeks * 7;
  const last = lastClaimableDay(pairing);
  const planned = addDays(start, periodDays - 1);
  const end = planned < last ? planned : last;
  if (end < start) return { periodStart: start, periodEnd: start, hours: '', gross: '' };
  return { periodStart: start, periodEnd: end, ...agreedFor(pairing, start, end, locale) };
}

/**
 * The hours and gross wages the hire's terms give for a period: agreed hours over its days
 * (40 h × 14 / 7 = 80 h) to the hundredth, paid at the agreed wage, to the cent up. Empty when the
 * period is not a valid one.
 */
export function agreedFor(
  pairing: Pick<PairingDetail, 'hoursPerWeek' | 'hourlyWageCents'>,
  start: string,
  end: string,
  locale: Fmt['locale'],
): Pick<ClaimValues, 'hours' | 'gross'> {
  if (!ISO_DATE_PATTERN.test(start) || !ISO_DATE_PATTERN.test(end) || end < start) {
    return { hours: '', gross: '' };
  }
  const days = (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000 + 1;
  if (!Number.isFinite(days)) return { hours: '', gross: '' };
  const hundredths = Math.round((pairing.hoursPerWeek * 100 * days) / 7);
  // Rounded up: a wage rounded down would read as paid below the agreed rate.
  const gross = Math.ceil((hundredths * pairing.hourlyWageCents) / 100);
  return { hours: hoursToInput(hundredths / 100, locale), gross: centsToInput(gross, locale) };
}

function readClaim(pairingId: number, v: ClaimValues) {
  const hours = parseHours(v.hours);
  const gross = v.gross.trim() === '' ? undefined : parseDollarsToCents(v.gross);
  return { pairingId, periodStart: v.periodStart, periodEnd: v.periodEnd, hours, gross };
}

/**
 * The live computation and its problems in words, by field: the calculator's, a period outside
 * the pairing, a period overlapping a live claim. Null while the form cannot be computed.
 */
function clientPreview(pairing: PairingDetail, v: ClaimValues, t: TFunction, fmt: Fmt) {
  const r = readClaim(pairing.id, v);
  if (
    !ISO_DATE_PATTERN.test(v.periodStart) ||
    !ISO_DATE_PATTERN.test(v.periodEnd) ||
    typeof r.hours !== 'number' ||
    r.hours <= 0 ||
    typeof r.gross !== 'number' ||
    r.gross <= 0
  ) {
    return null;
  }
  const remaining = remainingCents(pairing);
  const computation = claimAmountCents(
    pairing.phase.rules,
    {
      periodStart: v.periodStart,
      periodEnd: v.periodEnd,
      hoursWorked: r.hours,
      grossWagesCents: r.gross,
      hourlyWageCents: pairing.hourlyWageCents,
    },
    remaining,
  );
  const problems: { code: string; field: ClaimField | null; message: string }[] = [];
  for (const p of computation.problems) {
    const params: Record<string, number> = 'limit' in p ? { limit: p.limit, actual: p.actual } : {};
    problems.push({
      code: `claim.${p.code}`,
      field: problemField[p.code],
      message: refusalMessage(`claim.${p.code}`, params, t, fmt),
    });
  }
  // A pay period is claimed from its last day on (the server's rule, shared/dateRules.ts).
  const today = quebecToday(new Date());
  for (const b of claimPeriodBreaches(v, { startDate: pairing.startDate, lastDay: today }, today)) {
    if (b.code !== 'claim.periodNotEnded') continue;
    problems.push({
      code: b.code,
      field: 'periodEnd',
      message: refusalMessage(b.code, b.params as Record<string, string>, t, fmt),
    });
  }
  const period = { start: v.periodStart, end: v.periodEnd };
  const last = lastClaimableDay(pairing);
  if (
    v.periodStart <= v.periodEnd &&
    !periodWithin(period, { start: pairing.startDate, end: last })
  ) {
    problems.push({
      code: 'claim.outsidePairing',
      field: 'periodStart',
      message: refusalMessage(
        'claim.outsidePairing',
        { start: pairing.startDate, end: last },
        t,
        fmt,
      ),
    });
  }
  const clash = liveClaims(pairing).find((c) =>
    periodsOverlap(period, { start: c.periodStart, end: c.periodEnd }),
  );
  if (clash) {
    problems.push({
      code: 'claim.overlaps',
      field: 'periodStart',
      message: refusalMessage(
        'claim.overlaps',
        { start: clash.periodStart, end: clash.periodEnd },
        t,
        fmt,
      ),
    });
  }
  return { computation, remaining, problems, hours: r.hours, gross: r.gross };
}

export function ClaimForm(props: {
  pairing: PairingDetail;
  onSubmitted: (r: { amountCents: number; periodStart: string; periodEnd: string }) => void;
}) {
  const { pairing } = props;
  const rules = pairing.phase.rules;
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const titleId = useId();
  const [values, setValues] = useState<ClaimValues>(() => claimDefaults(pairing, fmt.locale));
  // Hours and wages follow the period's dates (as agreed at hire) until the employer types them.
  const [typed, setTyped] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const [proofs, setProofs] = useState<UploadedProof[]>([]);
  useEffect(() => {
    if (error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  const local = clientPreview(pairing, values, t, fmt);
  // The server's preview, once the form has settled on something the schema accepts.
  const parsed = local
    ? claimInput.safeParse({
        pairingId: pairing.id,
        periodStart: values.periodStart,
        periodEnd: values.periodEnd,
        hoursWorked: local.hours,
        grossWagesCents: local.gross,
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
  const problems = [...(local?.problems ?? [])];
  for (const r of serverCurrent?.refusals ?? []) {
    if (!problems.some((p) => p.code === r.code)) {
      problems.push({
        code: r.code,
        field: (r.field as ClaimField | null) ?? null,
        message: refusalMessage(r.code, r.params, t, fmt),
      });
    }
  }
  const liveFields: Partial<Record<ClaimField, string>> = {};
  for (const p of problems) if (p.field) liveFields[p.field] ??= p.message;
  const general = problems.filter((p) => !p.field).map((p) => p.message);

  const submit = useMutation(
    trpc.money.submitClaim.mutationOptions({
      onSuccess: async (r, input) => {
        setValues(claimDefaults(pairing, fmt.locale, input.periodEnd));
        setTyped(false);
        setProofs([]);
        props.onSubmitted({
          amountCents: r.amountCents,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
        });
        await Promise.all([
          qc.invalidateQueries({ queryKey: trpc.pairings.pathKey() }),
          qc.invalidateQueries({ queryKey: trpc.money.pathKey() }),
        ]);
      },
      onError: (err) => setError(describeMoneyError(err, t, fmt)),
    }),
  );

  const set = (key: keyof ClaimValues, field: ClaimField) => (v: string) => {
    if (key === 'hours' || key === 'gross') setTyped(true);
    setValues((old) => {
      const next = { ...old, [key]: v };
      if (typed || (key !== 'periodStart' && key !== 'periodEnd')) return next;
      const agreed = agreedFor(pairing, next.periodStart, next.periodEnd, fmt.locale);
      return agreed.hours ? { ...next, ...agreed } : next;
    });
    if (error?.fields[field]) {
      const { [field]: _gone, ...rest } = error.fields;
      setError({ ...error, fields: rest });
    }
  };

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const r = readClaim(pairing.id, values);
    const own: Partial<Record<ClaimField, string>> = {};
    if (r.hours === undefined) own.hoursWorked = t('validation.required');
    else if (r.hours === null) own.hoursWorked = t('employer.claim.hoursFormat');
    if (r.gross === undefined) own.grossWagesCents = t('validation.required');
    else if (r.gross === null) own.grossWagesCents = t('employer.form.wageFormat');
    const checked = validate(
      claimInput,
      {
        pairingId: pairing.id,
        periodStart: values.periodStart,
        periodEnd: values.periodEnd,
        hoursWorked: r.hours ?? undefined,
        grossWagesCents: r.gross ?? undefined,
        proofIds: proofs.map((p) => p.id),
      },
      t,
    );
    const fields = { ...(checked.ok ? {} : checked.error.fields), ...liveFields, ...own };
    if (!checked.ok || Object.keys(fields).length > 0 || general.length > 0) {
      return setError({
        message: general.length > 0 ? general.join(' ') : t('form.errorSummary'),
        fields,
      });
    }
    setError(null);
    submit.mutate(checked.data);
  }

  const f = { ...liveFields, ...(error?.fields ?? {}) };
  const computation = local?.computation;
  const amount = serverCurrent?.amountCents ?? computation?.amountCents ?? 0;
  // The wage the amount pays for: the agreed one within the cap, or what was actually paid per
  // hour when that is lower (gross ÷ hours), shown to the cent.
  const capped = Math.min(pairing.hourlyWageCents, rules.hourlyWageCapCents);
  const paidPerHour =
    local && local.hours > 0 ? local.gross / (hoursToHundredths(local.hours) / 100) : capped;
  const countedWage = Math.min(capped, paidPerHour);
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="stack emp-claim-form"
      aria-labelledby={titleId}
    >
      <h3 id={titleId} className="visually-hidden">
        {t('employer.claim.formTitle')}
      </h3>
      <p className="emp-note">
        {t('employer.claim.rules', { number: pairing.phase.number, ...rulesParams(rules, fmt) })}
      </p>
      <ErrorAlert>{error?.message}</ErrorAlert>
      <div className="emp-form-grid">
        <TextField
          label={t('employer.claim.periodStart')}
          hint={
            ISO_DATE_PATTERN.test(values.periodStart) ? fmt.date(values.periodStart) : undefined
          }
          type="date"
          value={values.periodStart}
          onChange={set('periodStart', 'periodStart')}
          error={f.periodStart}
          min={pairing.startDate}
          max={lastClaimableDay(pairing)}
          required
        />
        <TextField
          label={t('employer.claim.periodEnd')}
          hint={ISO_DATE_PATTERN.test(values.periodEnd) ? fmt.date(values.periodEnd) : undefined}
          type="date"
          value={values.periodEnd}
          onChange={set('periodEnd', 'periodEnd')}
          error={f.periodEnd}
          min={values.periodStart || pairing.startDate}
          max={minDay(lastClaimableDay(pairing), quebecToday(new Date()))}
          required
        />
        <TextField
          label={t('employer.claim.hours')}
          hint={t('employer.claim.hoursHint')}
          value={values.hours}
          onChange={set('hours', 'hoursWorked')}
          error={f.hoursWorked}
          inputMode="decimal"
          autoComplete="off"
          required
        />
        <TextField
          label={t('employer.claim.gross')}
          hint={t('employer.claim.grossHint')}
          value={values.gross}
          onChange={set('gross', 'grossWagesCents')}
          error={f.grossWagesCents}
          inputMode="decimal"
          autoComplete="off"
          required
        />
      </div>
      <p className="emp-note">{t('employer.claim.prefillNote')}</p>
      <div className={`emp-preview${problems.length > 0 ? ' emp-preview--warn' : ''}`}>
        <div aria-live="polite" aria-atomic="true">
          {computation ? (
            <>
              <p className="emp-preview__line">
                {t('employer.claim.previewLabel')}{' '}
                <strong className="emp-preview__amount">{fmt.money(amount)}</strong>{' '}
                <span className="emp-preview__formula">
                  {t('employer.claim.formula', {
                    rate: formatRate(rules.wageSubsidyRateBp, fmt.locale),
                    wage: fmt.money(Math.round(countedWage)),
                    hours: fmt.number(computation.countedHours),
                  })}
                </span>
              </p>
              {Math.round(paidPerHour) < capped ? (
                <p className="emp-note">{t('employer.claim.paidRateNote')}</p>
              ) : pairing.hourlyWageCents > rules.hourlyWageCapCents ? (
                <p className="emp-note">
                  {t('employer.hire.wageCapped', { cap: fmt.money(rules.hourlyWageCapCents) })}
                </p>
              ) : null}
              {values.periodEnd > quebecToday(new Date()) ? (
                <p className="emp-note">{t('employer.claim.periodNotOver')}</p>
              ) : null}
              {computation.cappedByRemaining ? (
                <p className="emp-note">
                  {t('employer.claim.cappedByRemaining', {
                    amount: fmt.money(serverCurrent?.remainingBeforeCents ?? local.remaining),
                  })}
                </p>
              ) : null}
              {problems.length > 0 ? (
                <>
                  <p className="emp-preview__warn-title">{t('employer.claim.refused')}</p>
                  <ul className="emp-preview__problems">
                    {problems.map((p) => (
                      <li key={p.code}>{p.message}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          ) : (
            <p className="emp-preview__line">{t('employer.claim.previewIncomplete')}</p>
          )}
        </div>
      </div>
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
