// New phase and edit phase (drafts only): identity and dates, envelopes in dollars, the subsidy
// rules prefilled with the current FIT terms (with the maximum per pairing and the tranche
// amounts computed as they are typed), and the participating organisations with their targets.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { currentFitRules, FULL_SHARE_BP, milestones } from '../../../../shared/money/rules';
import { ErrorAlert } from '../../components/Alert';
import { SelectField, TextField } from '../../components/Field';
import { LoadingStatus, NotFoundPage } from '../../components/PageStates';
import { PageTitle } from '../../components/PageTitle';
import { today } from '../../lib/dates';
import { describeError, type ShownError } from '../../lib/errors';
import { parseId } from '../../lib/ids';
import { bpToInput, parseAmountToCents, parseWholeNumber } from '../../lib/numberText';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { navigateWithFlash } from './flash';
import {
  checkPhase,
  emptyParticipant,
  moneyRangeMessage,
  newPhaseValues,
  type ParticipantValues,
  type PhaseFormValues,
  participantToValues,
  phaseToValues,
  previewRules,
  type RulesValues,
  relocateFields,
  sentMilestones,
  shareTotalBp,
} from './phaseForm';

type Organisation = { id: number; name: string };

function RulesPreviewBox({ rules, wageEnvelope }: { rules: RulesValues; wageEnvelope: string }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const preview = previewRules(rules);
  const envelope = parseAmountToCents(wageEnvelope);
  return (
    <div className="coord-preview" aria-live="polite" aria-atomic="true">
      <h3 className="coord-preview__title">{t('coordinator.form.previewTitle')}</h3>
      {preview ? (
        <>
          <p className="coord-preview__max">
            {t('coordinator.form.maxPerPairing', { amount: fmt.money(preview.maxPerPairingCents) })}
          </p>
          <p className="coord-muted">
            {t('coordinator.form.formula', {
              rate: `${bpToInput(preview.rateBp, fmt.locale)}${fmt.locale === 'fr-CA' ? '\u00a0' : ''}%`,
              cap: fmt.money(preview.capCents),
              hours: preview.maxHours,
              weeks: preview.maxWeeks,
            })}
          </p>
          {preview.tranches ? (
            <ul className="coord-preview__tranches">
              {preview.tranches.map((tr) => (
                <li key={tr.milestone}>
                  {t('coordinator.form.trancheLine', {
                    amount: fmt.money(tr.amountCents),
                    milestone: t(`coordinator.milestone.${tr.milestone}`),
                  })}
                </li>
              ))}
            </ul>
          ) : null}
          {typeof envelope === 'number' && envelope > 0 && preview.maxPerPairingCents > 0 ? (
            <p>
              {t('coordinator.form.coverage', {
                count: Math.floor(envelope / preview.maxPerPairingCents),
                max: fmt.money(preview.maxPerPairingCents),
              })}
            </p>
          ) : null}
        </>
      ) : (
        <p>{t('coordinator.form.previewIncomplete')}</p>
      )}
    </div>
  );
}

function SharesFieldset(props: {
  shares: RulesValues['shares'];
  onChange: (milestone: (typeof milestones)[number], value: string) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const groupError = props.errors['rules.accompanimentTranches'];
  const fmt = useLocaleFormat();
  const total = shareTotalBp(props.shares);
  return (
    <fieldset
      className={`fieldset coord-shares${groupError ? ' field--invalid' : ''}`}
      aria-describedby={`${id}-hint${groupError ? ` ${id}-error` : ''}`}
    >
      <legend>{t('coordinator.form.shares')}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {t('coordinator.form.sharesHint')}
      </p>
      <div className="coord-shares__grid">
        {milestones.map((m) => (
          <TextField
            key={m}
            label={t(`coordinator.milestoneName.${m}`)}
            value={props.shares[m]}
            onChange={(v) => props.onChange(m, v)}
            error={props.errors[`shares.${m}`]}
            inputMode="decimal"
            autoComplete="off"
            {...(groupError && !props.errors[`shares.${m}`]
              ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` }
              : {})}
          />
        ))}
      </div>
      <p className={total !== null && total !== FULL_SHARE_BP ? 'coord-over' : 'coord-muted'}>
        {total === null
          ? null
          : t('coordinator.form.shareTotal', { total: bpToInput(total, fmt.locale) })}
      </p>
      {groupError ? (
        <p className="field__error" id={`${id}-error`}>
          {groupError}
        </p>
      ) : null}
    </fieldset>
  );
}

function ParticipantRow(props: {
  index: number;
  row: ParticipantValues;
  organisations: readonly Organisation[];
  takenIds: ReadonlySet<string>;
  errors: Record<string, string>;
  onChange: (row: ParticipantValues) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { index, row } = props;
  const name = props.organisations.find((o) => String(o.id) === row.organisationId)?.name ?? null;
  const e = (field: string) => props.errors[`organisations.${index}.${field}`];
  const set = (key: keyof ParticipantValues) => (v: string) => props.onChange({ ...row, [key]: v });
  return (
    <li className="coord-participant" data-row={row.key}>
      <fieldset className="fieldset">
        <legend>{name ?? t('coordinator.form.participant', { n: index + 1 })}</legend>
        <div className="coord-participant__grid">
          <SelectField
            label={t('coordinator.form.organisation')}
            value={row.organisationId}
            onChange={set('organisationId')}
            error={e('organisationId')}
            required
          >
            <option value="">{t('coordinator.form.choose')}</option>
            {props.organisations
              .filter(
                (o) => String(o.id) === row.organisationId || !props.takenIds.has(String(o.id)),
              )
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
          </SelectField>
          <TextField
            label={t('coordinator.form.target')}
            value={row.pairingTarget}
            onChange={set('pairingTarget')}
            error={e('pairingTarget')}
            inputMode="numeric"
            autoComplete="off"
            required
          />
          <TextField
            label={t('coordinator.form.wageAllocation')}
            hint={t('coordinator.form.allocationHint')}
            value={row.wageAllocation}
            onChange={set('wageAllocation')}
            error={e('wageAllocationCents')}
            inputMode="decimal"
            autoComplete="off"
          />
          <TextField
            label={t('coordinator.form.accompanimentAllocation')}
            hint={t('coordinator.form.allocationHint')}
            value={row.accompanimentAllocation}
            onChange={set('accompanimentAllocation')}
            error={e('accompanimentAllocationCents')}
            inputMode="decimal"
            autoComplete="off"
          />
          <button
            type="button"
            className="button button--small coord-remove"
            onClick={props.onRemove}
          >
            {t('coordinator.form.remove')}
            <span className="visually-hidden">
              {' '}
              {name ?? t('coordinator.form.unnamed', { n: index + 1 })}
            </span>
          </button>
        </div>
      </fieldset>
    </li>
  );
}

function PhaseForm(props: {
  initial: PhaseFormValues;
  phaseId: number | null;
  /** The most recent other phase, whose organisations can be copied. */
  copySource: { id: number; number: number } | null;
}) {
  const { phaseId } = props;
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [, navigate] = useLocation();
  const [values, setValues] = useState<PhaseFormValues>(props.initial);
  const [error, setError] = useState<ShownError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [focusRow, setFocusRow] = useState<string | null>(null);
  const organisations = useQuery(trpc.directory.organisations.queryOptions());
  const orgs: Organisation[] = organisations.data ?? [];

  useEffect(() => {
    if (error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);
  useEffect(() => {
    if (!focusRow) return;
    listRef.current
      ?.querySelector<HTMLElement>(
        `[data-row="${focusRow}"] select, [data-row="${focusRow}"] input`,
      )
      ?.focus();
    setFocusRow(null);
  }, [focusRow]);

  const set =
    <K extends keyof PhaseFormValues>(key: K) =>
    (v: PhaseFormValues[K]) =>
      setValues((old) => ({ ...old, [key]: v }));
  const setNumber = (v: string) =>
    setValues((old) => {
      // The default name follows the number until it is changed by hand.
      const n = parseWholeNumber(old.number);
      const defaultName =
        typeof n === 'number' ? t('coordinator.form.nameDefault', { number: n }) : null;
      const next = parseWholeNumber(v);
      const name =
        old.name === defaultName && typeof next === 'number'
          ? t('coordinator.form.nameDefault', { number: next })
          : old.name;
      return { ...old, number: v, name };
    });
  const setRule =
    <K extends keyof RulesValues>(key: K) =>
    (v: RulesValues[K]) =>
      setValues((old) => ({ ...old, rules: { ...old.rules, [key]: v } }));
  const setShare = (m: (typeof milestones)[number], v: string) =>
    setValues((old) => ({
      ...old,
      rules: { ...old.rules, shares: { ...old.rules.shares, [m]: v } },
    }));
  const setRows = (rows: ParticipantValues[]) => set('organisations')(rows);

  const taken = new Set(values.organisations.map((o) => o.organisationId).filter(Boolean));
  const remaining = orgs.filter((o) => !taken.has(String(o.id)));

  function addRow() {
    const row = emptyParticipant();
    setRows([...values.organisations, row]);
    setFocusRow(row.key);
  }
  function addAll() {
    const rows = remaining.map((o) => emptyParticipant(String(o.id)));
    setRows([...values.organisations, ...rows]);
    if (rows[0]) setFocusRow(rows[0].key);
  }
  const [copying, setCopying] = useState(false);
  async function copyFrom(source: { id: number }) {
    setCopying(true);
    try {
      const phase = await qc.fetchQuery(trpc.phases.get.queryOptions({ phaseId: source.id }));
      const rows = phase.participants
        .filter((p) => !taken.has(String(p.organisationId)))
        .map((p) => participantToValues(p, fmt.locale));
      setRows([...values.organisations, ...rows]);
      if (rows[0]) setFocusRow(rows[0].key);
    } catch (err) {
      setError(describeError(err, t));
    } finally {
      setCopying(false);
    }
  }

  const create = useMutation(trpc.phases.create.mutationOptions());
  const update = useMutation(trpc.phases.update.mutationOptions());
  const pending = create.isPending || update.isPending;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const v = checkPhase(values, t, fmt.locale);
    if (!v.ok) return setError(v.error);
    setError(null);
    try {
      let id: number;
      if (phaseId === null) id = (await create.mutateAsync(v.data)).id;
      else {
        await update.mutateAsync({ phaseId, phase: v.data });
        id = phaseId;
      }
      await qc.invalidateQueries({ queryKey: trpc.phases.pathKey() });
      navigateWithFlash(navigate, `/phases/${id}`, phaseId === null ? 'created' : 'saved');
    } catch (err) {
      const shown = describeError(err, t);
      setError({
        message: shown.message,
        fields: relocateFields(
          shown.fields,
          sentMilestones(values.rules),
          moneyRangeMessage(t, fmt.locale),
        ),
      });
    }
  }

  const f = error?.fields ?? {};
  const r = values.rules;
  const targets = values.organisations.reduce((sum, o) => {
    const n = parseWholeNumber(o.pairingTarget);
    return sum + (typeof n === 'number' ? n : 0);
  }, 0);
  const wageEnvelope = parseAmountToCents(values.wageEnvelope);
  const wageAllocations = values.organisations.reduce((sum, o) => {
    const n = parseAmountToCents(o.wageAllocation);
    return sum + (typeof n === 'number' ? n : 0);
  }, 0);
  const isNew = phaseId === null;
  const listError = f.organisations;
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="stack-lg coord-form">
      <ErrorAlert>{error?.message}</ErrorAlert>

      <section className="card stack" aria-labelledby="phase-identity">
        <h2 id="phase-identity">{t('coordinator.form.identitySection')}</h2>
        <div className="coord-form-grid">
          <TextField
            label={t('coordinator.form.number')}
            value={values.number}
            onChange={setNumber}
            error={f.number}
            inputMode="numeric"
            autoComplete="off"
            required
          />
          <TextField
            label={t('coordinator.form.name')}
            value={values.name}
            onChange={set('name')}
            error={f.name}
            maxLength={120}
            autoComplete="off"
            required
          />
          <TextField
            label={t('coordinator.form.startDate')}
            type="date"
            value={values.startDate}
            onChange={set('startDate')}
            error={f.startDate}
            required
          />
          <TextField
            label={t('coordinator.form.endDate')}
            type="date"
            value={values.endDate}
            onChange={set('endDate')}
            error={f.endDate}
            required
          />
        </div>
      </section>

      <section className="card stack" aria-labelledby="phase-envelopes">
        <h2 id="phase-envelopes">{t('coordinator.form.envelopesSection')}</h2>
        <p className="field__hint">{t('coordinator.form.envelopesHint')}</p>
        <div className="coord-form-grid">
          <TextField
            label={t('coordinator.form.wageEnvelope')}
            value={values.wageEnvelope}
            onChange={set('wageEnvelope')}
            error={f.wageEnvelopeCents}
            inputMode="decimal"
            autoComplete="off"
            required
          />
          <TextField
            label={t('coordinator.form.accompanimentEnvelope')}
            value={values.accompanimentEnvelope}
            onChange={set('accompanimentEnvelope')}
            error={f.accompanimentEnvelopeCents}
            inputMode="decimal"
            autoComplete="off"
            required
          />
        </div>
      </section>

      <section className="card stack" aria-labelledby="phase-rules">
        <h2 id="phase-rules">{t('coordinator.form.rulesSection')}</h2>
        {f.rules ? <p className="field__error">{f.rules}</p> : null}
        <h3 className="coord-subtitle">{t('coordinator.form.wageRules')}</h3>
        <div className="coord-form-grid">
          <TextField
            label={t('coordinator.form.rate')}
            hint={t('coordinator.form.rateHint')}
            value={r.rate}
            onChange={setRule('rate')}
            error={f['rules.wageSubsidyRateBp']}
            inputMode="decimal"
            autoComplete="off"
            required
          />
          <TextField
            label={t('coordinator.form.cap')}
            hint={t('coordinator.form.capHint')}
            value={r.cap}
            onChange={setRule('cap')}
            error={f['rules.hourlyWageCapCents']}
            inputMode="decimal"
            autoComplete="off"
            required
          />
          <TextField
            label={t('coordinator.form.minHours')}
            value={r.minHours}
            onChange={setRule('minHours')}
            error={f['rules.minHoursPerWeek']}
            inputMode="numeric"
            autoComplete="off"
            required
          />
          <TextField
            label={t('coordinator.form.maxHours')}
            value={r.maxHours}
            onChange={setRule('maxHours')}
            error={f['rules.maxHoursPerWeekCounted']}
            inputMode="numeric"
            autoComplete="off"
            required
          />
          <TextField
            label={t('coordinator.form.minWeeks')}
            value={r.minWeeks}
            onChange={setRule('minWeeks')}
            error={f['rules.minWeeks']}
            inputMode="numeric"
            autoComplete="off"
            required
          />
          <TextField
            label={t('coordinator.form.maxWeeks')}
            value={r.maxWeeks}
            onChange={setRule('maxWeeks')}
            error={f['rules.maxWeeks']}
            inputMode="numeric"
            autoComplete="off"
            required
          />
          <TextField
            label={t('coordinator.form.claimPeriodWeeks')}
            value={r.claimPeriodWeeks}
            onChange={setRule('claimPeriodWeeks')}
            error={f['rules.claimPeriodWeeks']}
            inputMode="numeric"
            autoComplete="off"
            required
          />
          <TextField
            label={t('coordinator.form.claimDeadlineDays')}
            value={r.claimDeadlineDays}
            onChange={setRule('claimDeadlineDays')}
            error={f['rules.claimDeadlineDays']}
            inputMode="numeric"
            autoComplete="off"
            required
          />
          <TextField
            label={t('coordinator.form.minWage')}
            hint={t('coordinator.form.minWageHint')}
            value={r.minWage}
            onChange={setRule('minWage')}
            error={f['rules.minHourlyWageCents']}
            inputMode="decimal"
            autoComplete="off"
            required
          />
          <TextField
            label={t('coordinator.form.pastStartWindowDays')}
            hint={t('coordinator.form.pastStartWindowDaysHint')}
            value={r.pastStartWindowDays}
            onChange={setRule('pastStartWindowDays')}
            error={f['rules.pastStartWindowDays']}
            inputMode="numeric"
            autoComplete="off"
            required
          />
        </div>
        <h3 className="coord-subtitle">{t('coordinator.form.accompanimentRules')}</h3>
        <div className="coord-form-grid">
          <TextField
            label={t('coordinator.form.accompanimentAmount')}
            hint={t('coordinator.form.accompanimentAmountHint')}
            value={r.accompanimentAmount}
            onChange={setRule('accompanimentAmount')}
            error={f['rules.accompanimentAmountCents']}
            inputMode="decimal"
            autoComplete="off"
            required
          />
        </div>
        <SharesFieldset shares={r.shares} onChange={setShare} errors={f} />
        <RulesPreviewBox rules={r} wageEnvelope={values.wageEnvelope} />
      </section>

      <section className="card stack" aria-labelledby="phase-participants">
        <h2 id="phase-participants">{t('coordinator.form.participantsSection')}</h2>
        <p className="field__hint">{t('coordinator.form.participantsHint')}</p>
        {listError ? <p className="field__error">{listError}</p> : null}
        {values.organisations.length === 0 ? (
          <p className="coord-muted">{t('coordinator.form.noParticipants')}</p>
        ) : (
          <>
            {/* Column names for wide screens, where each row's labels are visually hidden. */}
            <div className="coord-participants__head" aria-hidden="true">
              <span>{t('coordinator.form.organisation')}</span>
              <span>{t('coordinator.form.target')}</span>
              <span>
                {t('coordinator.form.wageAllocation')}
                <span className="coord-line coord-muted">
                  {t('coordinator.form.allocationHint')}
                </span>
              </span>
              <span>
                {t('coordinator.form.accompanimentAllocation')}
                <span className="coord-line coord-muted">
                  {t('coordinator.form.allocationHint')}
                </span>
              </span>
              <span />
            </div>
            <ul className="coord-participants" ref={listRef}>
              {values.organisations.map((row, i) => (
                <ParticipantRow
                  key={row.key}
                  index={i}
                  row={row}
                  organisations={orgs}
                  takenIds={taken}
                  errors={f}
                  onChange={(next) =>
                    setRows(values.organisations.map((o) => (o.key === row.key ? next : o)))
                  }
                  onRemove={() => setRows(values.organisations.filter((o) => o.key !== row.key))}
                />
              ))}
            </ul>
          </>
        )}
        {values.organisations.length > 0 ? (
          <p className="coord-muted">
            {t('coordinator.form.totalTargets', { count: targets })}
            {typeof wageEnvelope === 'number' && wageAllocations > wageEnvelope ? (
              <>
                {' '}
                <span className="coord-over">
                  {t('coordinator.form.allocationsAbove', {
                    total: fmt.money(wageAllocations),
                    envelope: fmt.money(wageEnvelope),
                  })}
                </span>
              </>
            ) : null}
          </p>
        ) : null}
        <div className="coord-actions">
          <button
            type="button"
            className="button"
            onClick={addRow}
            disabled={remaining.length === 0}
          >
            {t('coordinator.form.add')}
          </button>
          {remaining.length > 1 ? (
            <button type="button" className="button" onClick={addAll}>
              {t('coordinator.form.addAll')}
            </button>
          ) : null}
          {props.copySource ? (
            <button
              type="button"
              className="button"
              disabled={copying}
              onClick={() => props.copySource && void copyFrom(props.copySource)}
              aria-describedby="copy-hint"
            >
              {t('coordinator.form.copyFrom', { number: props.copySource.number })}
            </button>
          ) : null}
        </div>
        {props.copySource ? (
          <p className="field__hint" id="copy-hint">
            {t('coordinator.form.copyFromHint')}
          </p>
        ) : null}
      </section>

      <div className="coord-actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {isNew ? t('coordinator.form.saveNew') : t('coordinator.form.save')}
        </button>
        <Link href={isNew ? '/phases' : `/phases/${phaseId}`} className="coord-cancel">
          {t('coordinator.form.cancel')}
        </Link>
      </div>
      {pending ? (
        <p role="status" className="coord-muted">
          {t('form.saving')}
        </p>
      ) : null}
    </form>
  );
}

export function NewPhasePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { locale } = useLocaleFormat();
  const phases = useQuery(trpc.phases.list.queryOptions());
  return (
    <>
      <PageTitle>{t('coordinator.form.newTitle')}</PageTitle>
      <p className="coord-intro">{t('coordinator.form.intro')}</p>
      {phases.error ? <ErrorAlert>{describeError(phases.error, t).message}</ErrorAlert> : null}
      {phases.data ? (
        <PhaseForm
          initial={newPhaseValues(
            {
              phases: phases.data,
              today: today(),
              rules: currentFitRules,
              nameFor: (number) => t('coordinator.form.nameDefault', { number }),
            },
            locale,
          )}
          phaseId={null}
          copySource={
            phases.data[0] ? { id: phases.data[0].id, number: phases.data[0].number } : null
          }
        />
      ) : phases.isPending ? (
        <LoadingStatus />
      ) : null}
    </>
  );
}

export function EditPhasePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { locale } = useLocaleFormat();
  const params = useParams<{ id: string }>();
  const phaseId = parseId(params.id);
  const phase = useQuery({
    ...trpc.phases.get.queryOptions({ phaseId: phaseId ?? 0 }),
    enabled: phaseId !== null,
  });
  const phases = useQuery(trpc.phases.list.queryOptions());
  if (phaseId === null || phase.isError) {
    return (
      <NotFoundPage
        title={t('coordinator.phase.notFoundTitle')}
        error={phase.error}
        fallback={t('errors.phase.notFound')}
        backHref="/phases"
        backLabel={t('coordinator.phase.backToList')}
      />
    );
  }
  if (!phase.data) {
    return <LoadingStatus />;
  }
  const p = phase.data;
  const title = t('coordinator.form.editTitle', { number: p.number });
  if (p.status !== 'draft') {
    return (
      <>
        <PageTitle>{title}</PageTitle>
        <ErrorAlert>{t('coordinator.form.notDraft')}</ErrorAlert>
        <Link href={`/phases/${p.id}`}>{t('coordinator.form.backToPhase')}</Link>
      </>
    );
  }
  const source = phases.data?.find((x) => x.id !== p.id) ?? null;
  return (
    <>
      <p className="coord-breadcrumb">
        <Link href={`/phases/${p.id}`}>{t('coordinator.form.backToPhase')}</Link>
      </p>
      <PageTitle>{title}</PageTitle>
      <PhaseForm
        key={p.id}
        initial={phaseToValues(p, currentFitRules, locale)}
        phaseId={p.id}
        copySource={source ? { id: source.id, number: source.number } : null}
      />
    </>
  );
}
