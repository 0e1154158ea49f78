// The phase form's participating organisations: one row each (organisation, pairing target,
// optional allocations), added one by one, all at once, or copied from the latest other phase;
// the total of the targets and a warning when the wage allocations exceed the envelope.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  type Control,
  type FieldErrors,
  type UseFieldArrayReturn,
  useFieldArray,
  useWatch,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PhaseFields } from '../../../../shared/phases/schemas';
import { FormNumber, FormSelect } from '../../components/form/FormFields';
import { errorAt } from '../../lib/forms';
import { parseMoney, parseWholeNumber } from '../../lib/numberText';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { emptyParticipant, type PhaseFormValues, participantToValues } from './phaseForm';

type PhaseControl = Control<PhaseFormValues, unknown, PhaseFields>;
type Organisation = { id: number; name: string };

function ParticipantRow(props: {
  control: PhaseControl;
  index: number;
  organisations: readonly Organisation[];
  takenIds: ReadonlySet<string>;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { control, index } = props;
  const organisationId = useWatch({ control, name: `organisations.${index}.organisationId` });
  const name = props.organisations.find((o) => String(o.id) === organisationId)?.name ?? null;
  return (
    <li className="coord-participant">
      <fieldset className="fieldset">
        <legend>{name ?? t('coordinator.form.participant', { n: index + 1 })}</legend>
        <div className="coord-participant__grid">
          <FormSelect
            control={control}
            name={`organisations.${index}.organisationId`}
            label={t('coordinator.form.organisation')}
            required
          >
            <option value="">{t('coordinator.form.choose')}</option>
            {props.organisations
              .filter((o) => String(o.id) === organisationId || !props.takenIds.has(String(o.id)))
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
          </FormSelect>
          <FormNumber
            control={control}
            name={`organisations.${index}.pairingTarget`}
            kind="integer"
            label={t('coordinator.form.target')}
            required
          />
          <FormNumber
            control={control}
            name={`organisations.${index}.wageAllocationCents`}
            kind="money"
            label={t('coordinator.form.wageAllocation')}
            hint={t('coordinator.form.allocationHint')}
          />
          <FormNumber
            control={control}
            name={`organisations.${index}.accompanimentAllocationCents`}
            kind="money"
            label={t('coordinator.form.accompanimentAllocation')}
            hint={t('coordinator.form.allocationHint')}
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

/** The column names for wide screens, where each row's labels are visually hidden. */
function ColumnNames() {
  const { t } = useTranslation();
  return (
    <div className="coord-participants__head" aria-hidden="true">
      <span>{t('coordinator.form.organisation')}</span>
      <span>{t('coordinator.form.target')}</span>
      <span>
        {t('coordinator.form.wageAllocation')}
        <span className="coord-line coord-muted">{t('coordinator.form.allocationHint')}</span>
      </span>
      <span>
        {t('coordinator.form.accompanimentAllocation')}
        <span className="coord-line coord-muted">{t('coordinator.form.allocationHint')}</span>
      </span>
      <span />
    </div>
  );
}

function Totals({ control }: { control: PhaseControl }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const rows = useWatch({ control, name: 'organisations' });
  const envelope = parseMoney(useWatch({ control, name: 'wageEnvelopeCents' }));
  const sum = (read: (o: (typeof rows)[number]) => number | null | undefined) =>
    rows.reduce((s, o) => {
      const n = read(o);
      return s + (typeof n === 'number' ? n : 0);
    }, 0);
  const targets = sum((o) => parseWholeNumber(o.pairingTarget));
  const allocations = sum((o) => parseMoney(o.wageAllocationCents));
  if (rows.length === 0) return null;
  return (
    <p className="coord-muted">
      {t('coordinator.form.totalTargets', { count: targets })}
      {typeof envelope === 'number' && allocations > envelope ? (
        <>
          {' '}
          <span className="coord-over">
            {t('coordinator.form.allocationsAbove', {
              total: fmt.money(allocations),
              envelope: fmt.money(envelope),
            })}
          </span>
        </>
      ) : null}
    </p>
  );
}

function AddButtons(props: {
  rows: UseFieldArrayReturn<PhaseFormValues, 'organisations'>;
  remaining: readonly Organisation[];
  taken: ReadonlySet<string>;
  copySource: { id: number; number: number } | null;
  onError: (err: unknown) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const fmt = useLocaleFormat();
  const { rows, remaining, copySource } = props;
  const [copying, setCopying] = useState(false);
  async function copyFrom(source: { id: number }) {
    setCopying(true);
    try {
      const phase = await qc.fetchQuery(trpc.phases.get.queryOptions({ phaseId: source.id }));
      const copied = phase.participants
        .filter((p) => !props.taken.has(String(p.organisationId)))
        .map((p) => participantToValues(p, fmt.locale));
      if (copied.length > 0) rows.append(copied);
    } catch (err) {
      props.onError(err);
    } finally {
      setCopying(false);
    }
  }
  return (
    <>
      <div className="coord-actions">
        <button
          type="button"
          className="button"
          onClick={() => rows.append(emptyParticipant())}
          disabled={remaining.length === 0}
        >
          {t('coordinator.form.add')}
        </button>
        {remaining.length > 1 ? (
          <button
            type="button"
            className="button"
            onClick={() => rows.append(remaining.map((o) => emptyParticipant(String(o.id))))}
          >
            {t('coordinator.form.addAll')}
          </button>
        ) : null}
        {copySource ? (
          <button
            type="button"
            className="button"
            disabled={copying}
            onClick={() => void copyFrom(copySource)}
            aria-describedby="copy-hint"
          >
            {t('coordinator.form.copyFrom', { number: copySource.number })}
          </button>
        ) : null}
      </div>
      {copySource ? (
        <p className="field__hint" id="copy-hint">
          {t('coordinator.form.copyFromHint')}
        </p>
      ) : null}
    </>
  );
}

export function PhaseParticipantsSection(props: {
  control: PhaseControl;
  errors: FieldErrors<PhaseFormValues>;
  copySource: { id: number; number: number } | null;
  onError: (err: unknown) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { control } = props;
  const organisations = useQuery(trpc.directory.organisations.queryOptions());
  const orgs: Organisation[] = organisations.data ?? [];
  const rows = useFieldArray({ control, name: 'organisations' });
  const chosen = useWatch({ control, name: 'organisations' });
  const taken = new Set(chosen.map((o) => o.organisationId).filter(Boolean));
  const remaining = orgs.filter((o) => !taken.has(String(o.id)));
  const listError: string | undefined =
    errorAt(props.errors, 'organisations') ?? errorAt(props.errors, 'organisations.root');
  return (
    <section className="card stack" aria-labelledby="phase-participants">
      <h2 id="phase-participants">{t('coordinator.form.participantsSection')}</h2>
      <p className="field__hint">{t('coordinator.form.participantsHint')}</p>
      {listError ? <p className="field__error">{listError}</p> : null}
      {rows.fields.length === 0 ? (
        <p className="coord-muted">{t('coordinator.form.noParticipants')}</p>
      ) : (
        <>
          <ColumnNames />
          <ul className="coord-participants">
            {rows.fields.map((row, i) => (
              <ParticipantRow
                key={row.id}
                control={control}
                index={i}
                organisations={orgs}
                takenIds={taken}
                onRemove={() => rows.remove(i)}
              />
            ))}
          </ul>
        </>
      )}
      <Totals control={control} />
      <AddButtons
        rows={rows}
        remaining={remaining}
        taken={taken}
        copySource={props.copySource}
        onError={props.onError}
      />
    </section>
  );
}
