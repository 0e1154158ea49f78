// Amending an active pairing, on react-hook-form validated by the procedure's own schema
// (shared/pairings/amendments.ts): the kind of change, its fields, the new maximum and planned
// end previewed by the server's same computation, refusals (rules, budget with its figures)
// shown on their fields.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toFieldErrors } from '../../../../../shared/errors';
import {
  type AmendmentKind,
  type AmendPairingInput,
  amendmentKinds,
  amendmentRoles,
  amendPairingInput,
} from '../../../../../shared/pairings/amendments';
import { ErrorAlert, StatusMessage } from '../../../components/Alert';
import { describeError, translateFieldErrors } from '../../../lib/errors';
import type { Me } from '../../../lib/session';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import type { Agreement } from './agreementParts';

interface Values {
  kind: AmendmentKind;
  plannedWeeks: string;
  effectiveFrom: string;
  hourlyWage: string;
  hoursPerWeek: string;
  leaveStart: string;
  leaveEnd: string;
  counsellorId: string;
  comment: string;
}

/** The form's text as the procedure's input (dollars to cents, numbers from text). */
function toInput(v: Values, pairingId: number): unknown {
  const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s.replace(',', '.')));
  const base = { kind: v.kind, pairingId, comment: v.comment };
  switch (v.kind) {
    case 'weeks':
      return { ...base, plannedWeeks: num(v.plannedWeeks) };
    case 'wage_hours':
      return {
        ...base,
        effectiveFrom: v.effectiveFrom,
        hourlyWageCents: Math.round(num(v.hourlyWage) * 100),
        hoursPerWeek: num(v.hoursPerWeek),
      };
    case 'leave':
      return { ...base, leaveStart: v.leaveStart, leaveEnd: v.leaveEnd };
    case 'counsellor':
      return { ...base, counsellorId: num(v.counsellorId) };
  }
}

const formField: Record<string, keyof Values> = { hourlyWageCents: 'hourlyWage' };

export function AmendmentForm({ agreement, me }: { agreement: Agreement; me: Me }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<number | null>(null);
  const [summary, setSummary] = useState<string | null>(null);
  const kinds = amendmentKinds.filter(
    (k) => amendmentRoles[k].includes(me.role) && (k !== 'counsellor' || me.role !== 'counsellor'),
  );
  const validate = zodResolver(amendPairingInput);
  // The shared schema decides; its messages are the catalogue's keys, said with their limits.
  const resolver: Resolver<Values, unknown, AmendPairingInput> = async (values, ctx, opts) => {
    const input = toInput(values, agreement.pairingId);
    const result = await validate(input as AmendPairingInput, ctx, {
      ...opts,
      names: undefined,
      fields: {},
    });
    const parsed = amendPairingInput.safeParse(input);
    if (parsed.success) return { values: parsed.data, errors: {} };
    const messages = translateFieldErrors(toFieldErrors(parsed.error.issues), t);
    const errors = Object.fromEntries(
      Object.keys(result.errors).map((k) => [
        formField[k] ?? k,
        { type: 'validation', message: messages[k] ?? t('validation.invalid') },
      ]),
    );
    return { values: {}, errors };
  };
  const form = useForm<Values, unknown, AmendPairingInput>({
    resolver,
    mode: 'onTouched',
    defaultValues: {
      kind: kinds[0] ?? 'weeks',
      plannedWeeks: String(agreement.schedule.plannedWeeks),
      effectiveFrom: '',
      hourlyWage: '',
      hoursPerWeek: String(agreement.schedule.rates.at(-1)?.hoursPerWeek ?? ''),
      leaveStart: '',
      leaveEnd: '',
      counsellorId: '',
      comment: '',
    },
  });
  const kind = form.watch('kind');
  const watched = form.watch();
  const draft = amendPairingInput.safeParse(toInput(watched, agreement.pairingId));
  const preview = useQuery({
    ...trpc.pairings.previewAmendment.queryOptions(
      draft.success
        ? draft.data
        : { kind: 'weeks', pairingId: agreement.pairingId, plannedWeeks: 1, comment: '' },
    ),
    enabled: draft.success,
  });
  const colleagues = useQuery({
    ...trpc.accounts.list.queryOptions(),
    enabled: kind === 'counsellor' && (me.role === 'org_admin' || me.role === 'coordinator'),
  });
  const amend = useMutation(
    trpc.pairings.amend.mutationOptions({
      onSuccess: async (r) => {
        setDone(r.version);
        setSummary(null);
        await queryClient.invalidateQueries({ queryKey: trpc.agreements.get.queryKey() });
      },
      onError: (err) => {
        const shown = describeError(err, t);
        for (const [field, message] of Object.entries(shown.fields)) {
          form.setError(formField[field] ?? (field as keyof Values), { type: 'server', message });
        }
        setSummary(shown.message);
      },
    }),
  );
  if (kinds.length === 0) return null;
  const err = (name: keyof Values) => form.formState.errors[name]?.message;
  const field = (name: keyof Values, label: string, type = 'text') => (
    <div className={`field${err(name) ? ' field--invalid' : ''}`}>
      <label htmlFor={`amend-${name}`}>{label}</label>
      <input
        id={`amend-${name}`}
        type={type}
        inputMode={type === 'text' && name !== 'comment' ? 'decimal' : undefined}
        aria-invalid={err(name) ? true : undefined}
        aria-describedby={err(name) ? `amend-${name}-error` : undefined}
        {...form.register(name)}
      />
      {err(name) ? (
        <p className="field__error" id={`amend-${name}-error`}>
          {err(name)}
        </p>
      ) : null}
    </div>
  );
  const p = preview.data;
  return (
    <section className="card stack" aria-labelledby="amend-title">
      <h2 id="amend-title">{t('paperwork.amend.title')}</h2>
      <p>{t('paperwork.amend.intro')}</p>
      <StatusMessage>{done ? t('paperwork.amend.done', { version: done }) : null}</StatusMessage>
      <form
        className="stack"
        noValidate
        onSubmit={form.handleSubmit(
          (input) => amend.mutate(input),
          () => setSummary(t('form.errorSummary')),
        )}
      >
        <ErrorAlert>{summary}</ErrorAlert>
        <div className="field">
          <label htmlFor="amend-kind">{t('paperwork.amend.kind')}</label>
          <select id="amend-kind" {...form.register('kind')}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`paperwork.amend.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {kind === 'weeks'
          ? field('plannedWeeks', t('paperwork.amend.plannedWeeks'), 'number')
          : null}
        {kind === 'wage_hours' ? (
          <>
            {field('effectiveFrom', t('paperwork.amend.effectiveFrom'), 'date')}
            {field('hourlyWage', t('paperwork.amend.hourlyWage'))}
            {field('hoursPerWeek', t('paperwork.amend.hoursPerWeek'), 'number')}
          </>
        ) : null}
        {kind === 'leave' ? (
          <>
            {field('leaveStart', t('paperwork.amend.leaveStart'), 'date')}
            {field('leaveEnd', t('paperwork.amend.leaveEnd'), 'date')}
          </>
        ) : null}
        {kind === 'counsellor' ? (
          <div className={`field${err('counsellorId') ? ' field--invalid' : ''}`}>
            <label htmlFor="amend-counsellorId">{t('paperwork.amend.counsellorId')}</label>
            <select
              id="amend-counsellorId"
              aria-invalid={err('counsellorId') ? true : undefined}
              {...form.register('counsellorId')}
            >
              <option value="">—</option>
              {(colleagues.data ?? [])
                .filter(
                  (u) =>
                    u.organisationId === agreement.organisationId &&
                    (u.role === 'counsellor' || u.role === 'org_admin') &&
                    u.id !== agreement.counsellorId,
                )
                .map((u) => (
                  <option key={u.id} value={String(u.id)}>
                    {u.name}
                  </option>
                ))}
            </select>
            {err('counsellorId') ? <p className="field__error">{err('counsellorId')}</p> : null}
          </div>
        ) : null}
        {field('comment', t('paperwork.amend.comment'))}
        {p && p.maxWageSubsidyCents !== null && p.previousMaxCents !== null && p.plannedEndDate ? (
          <p role="status">
            {t('paperwork.amend.preview', {
              before: fmt.money(p.previousMaxCents),
              after: fmt.money(p.maxWageSubsidyCents),
              end: fmt.date(p.plannedEndDate),
            })}
          </p>
        ) : p?.refusal ? (
          <p className="field__error" role="status">
            {t(`errors.${p.refusal.code}`, {
              ...p.refusal.params,
              ...Object.fromEntries(
                Object.entries(p.refusal.params).map(([k, v]) => [
                  k,
                  k.endsWith('Cents') && typeof v === 'number'
                    ? fmt.money(v)
                    : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
                      ? fmt.date(v)
                      : v,
                ]),
              ),
            })}
          </p>
        ) : null}
        <button type="submit" className="button button--primary" disabled={amend.isPending}>
          {t('paperwork.amend.submit')}
        </button>
      </form>
    </section>
  );
}
