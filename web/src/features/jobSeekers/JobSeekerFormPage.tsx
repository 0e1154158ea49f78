// Registering a job seeker (with the consents they gave) and correcting their file. One form,
// grouped as a counsellor thinks of it; sensible defaults; the duplicate warning lets the
// counsellor open the existing file or register anyway.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { clientGroups } from '../../../../shared/clientGroups';
import { createJobSeekerInput, updateJobSeekerInput } from '../../../../shared/jobSeekers/schemas';
import { ErrorAlert } from '../../components/Alert';
import { CheckboxGroup, LanguagesField, SkillsField } from '../../components/ChoiceFields';
import { TextAreaField, TextField } from '../../components/Field';
import { NocListField } from '../../components/NocField';
import { NotFoundPage } from '../../components/PageStates';
import { PageTitle } from '../../components/PageTitle';
import { RegionSelect } from '../../components/RegionSelect';
import { today } from '../../lib/dates';
import { describeError, type ShownError, validate } from '../../lib/errors';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';

interface Values {
  firstName: string;
  lastName: string;
  birthDate: string;
  email: string;
  phone: string;
  regionCode: string;
  city: string;
  targetNocCodes: string[];
  skills: string[];
  hoursPerWeek: string;
  availableFrom: string;
  languages: string[];
  presentation: string;
  clientGroups: string[];
  privateNotes: string;
}

interface Consents {
  participation: boolean;
  proposal: boolean;
  contactSharing: boolean;
  givenOn: string;
}

function toInput(v: Values) {
  return {
    ...v,
    birthDate: v.birthDate.trim() === '' ? null : v.birthDate.trim(),
    hoursPerWeek: v.hoursPerWeek.trim() === '' ? undefined : Number(v.hoursPerWeek),
  };
}

function duplicateOf(err: unknown): { id: number; name: string } | null {
  if (!(err instanceof TRPCClientError)) return null;
  const data = err.data as { appCode?: string; params?: Record<string, unknown> } | undefined;
  if (data?.appCode !== 'jobSeeker.duplicate') return null;
  const id = Number(data.params?.id);
  return Number.isInteger(id) && id > 0 ? { id, name: String(data.params?.name ?? '') } : null;
}

function Section(props: {
  id: string;
  title: string;
  intro?: string;
  className?: string;
  flag?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className={`card org-section ${props.className ?? ''}`} aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.flag}
      {props.intro ? <p className="field__hint">{props.intro}</p> : null}
      <div className="stack">{props.children}</div>
    </section>
  );
}

function ConsentCheckbox(props: {
  checked: boolean;
  disabled?: boolean;
  onChange: (v: boolean) => void;
  label: string;
  explanation: string;
}) {
  const id = useId();
  return (
    <div className={`org-consent${props.disabled ? ' org-consent--disabled' : ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={`${id}-text`}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <div>
        <label htmlFor={id} className="org-consent__label">
          {props.label}
        </label>
        <p id={`${id}-text`} className="org-consent__text">
          {props.explanation}
        </p>
      </div>
    </div>
  );
}

function JobSeekerForm(props: { jobSeekerId: number | null; initial: Values; fullName?: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [, navigate] = useLocation();
  const creating = props.jobSeekerId === null;
  const [v, setV] = useState<Values>(props.initial);
  const [consents, setConsents] = useState<Consents>({
    participation: false,
    proposal: false,
    contactSharing: false,
    givenOn: today(),
  });
  const [error, setError] = useState<ShownError | null>(null);
  const [duplicate, setDuplicate] = useState<{ id: number; name: string } | null>(null);
  // The form is long: a problem found on submit is brought into view and focused.
  const alerts = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error || duplicate) alerts.current?.focus();
  }, [error, duplicate]);
  const set =
    <K extends keyof Values>(k: K) =>
    (value: Values[K]) =>
      setV((old) => ({ ...old, [k]: value }));

  const done = async (id: number, what: 'created' | 'updated') => {
    await Promise.all([
      qc.invalidateQueries({ queryKey: trpc.jobSeekers.pathKey() }),
      qc.invalidateQueries({ queryKey: trpc.home.pathKey() }),
      qc.invalidateQueries({ queryKey: trpc.matching.pathKey() }),
    ]);
    navigate(`/job-seekers/${id}?done=${what}`);
  };
  const create = useMutation(
    trpc.jobSeekers.create.mutationOptions({
      onSuccess: (r) => done(r.id, 'created'),
      onError: (err) => {
        const dup = duplicateOf(err);
        if (dup) {
          setError(null);
          setDuplicate(dup);
        } else setError(describeError(err, t));
      },
    }),
  );
  const update = useMutation(
    trpc.jobSeekers.update.mutationOptions({
      onSuccess: () => done(props.jobSeekerId ?? 0, 'updated'),
      onError: (err) => setError(describeError(err, t)),
    }),
  );
  const pending = create.isPending || update.isPending;

  function send(confirmDuplicate: boolean) {
    setDuplicate(null);
    if (creating) {
      const r = validate(createJobSeekerInput, { ...toInput(v), consents, confirmDuplicate }, t);
      if (!r.ok) return setError(r.error);
      setError(null);
      create.mutate(r.data);
    } else {
      const r = validate(
        updateJobSeekerInput,
        { ...toInput(v), jobSeekerId: props.jobSeekerId },
        t,
      );
      if (!r.ok) return setError(r.error);
      setError(null);
      update.mutate(r.data);
    }
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    send(false);
  }
  const f = error?.fields ?? {};

  return (
    <>
      <PageTitle>
        {creating
          ? t('organisation.form.createTitle')
          : t('organisation.form.editTitle', { name: props.fullName ?? '' })}
      </PageTitle>
      <p>{creating ? t('organisation.form.createIntro') : t('organisation.form.editIntro')}</p>
      <div ref={alerts} tabIndex={-1} className="org-alerts">
        <ErrorAlert>{error?.message}</ErrorAlert>
        {duplicate ? (
          <div className="alert org-warning" role="alert">
            <p>{t('errors.jobSeeker.duplicate', { name: duplicate.name })}</p>
            <div className="org-actions">
              <Link href={`/job-seekers/${duplicate.id}`} className="button button--small">
                {t('organisation.form.openExisting', { name: duplicate.name })}
              </Link>
              <button
                type="button"
                className="button button--small"
                disabled={pending}
                onClick={() => send(true)}
              >
                {t('organisation.form.createAnyway')}
              </button>
            </div>
          </div>
        ) : null}
      </div>
      <form onSubmit={submit} noValidate className="stack-lg org-form">
        <Section id="sec-identity" title={t('organisation.form.identity')}>
          <div className="org-row">
            <TextField
              label={t('organisation.fields.firstName')}
              value={v.firstName}
              onChange={set('firstName')}
              error={f.firstName}
              autoComplete="off"
              required
            />
            <TextField
              label={t('organisation.fields.lastName')}
              value={v.lastName}
              onChange={set('lastName')}
              error={f.lastName}
              autoComplete="off"
              required
            />
          </div>
          <TextField
            label={t('organisation.fields.birthDate')}
            hint={t('organisation.fields.birthDateHint')}
            type="date"
            value={v.birthDate}
            onChange={set('birthDate')}
            error={f.birthDate}
            max={today()}
          />
          <div className="org-row">
            <TextField
              label={t('organisation.fields.email')}
              type="email"
              value={v.email}
              onChange={set('email')}
              error={f.email}
              autoComplete="off"
            />
            <TextField
              label={t('organisation.fields.phone')}
              type="tel"
              value={v.phone}
              onChange={set('phone')}
              error={f.phone}
              autoComplete="off"
            />
          </div>
        </Section>

        <Section id="sec-search" title={t('organisation.form.search')}>
          <div className="org-row">
            <RegionSelect
              label={t('organisation.fields.region')}
              value={v.regionCode}
              onChange={set('regionCode')}
              error={f.regionCode}
              required
            />
            <TextField
              label={t('organisation.fields.city')}
              value={v.city}
              onChange={set('city')}
              error={f.city}
            />
          </div>
          <NocListField
            label={t('organisation.fields.targets')}
            value={v.targetNocCodes}
            onChange={set('targetNocCodes')}
            error={f.targetNocCodes}
          />
          <SkillsField
            label={t('organisation.fields.skills')}
            value={v.skills}
            onChange={set('skills')}
            error={f.skills}
          />
          <div className="org-row">
            <TextField
              label={t('organisation.fields.hours')}
              type="number"
              inputMode="numeric"
              min={1}
              max={80}
              value={v.hoursPerWeek}
              onChange={set('hoursPerWeek')}
              error={f.hoursPerWeek}
              required
            />
            <TextField
              label={t('organisation.fields.availableFrom')}
              type="date"
              value={v.availableFrom}
              onChange={set('availableFrom')}
              error={f.availableFrom}
              required
            />
          </div>
          <LanguagesField
            legend={t('organisation.fields.languages')}
            value={v.languages}
            onChange={set('languages')}
            error={f.languages}
          />
        </Section>

        <Section
          id="sec-employers"
          title={t('organisation.form.forEmployers')}
          intro={t('organisation.form.forEmployersIntro')}
        >
          <TextAreaField
            label={t('organisation.fields.presentation')}
            hint={t('organisation.fields.presentationHint')}
            value={v.presentation}
            onChange={set('presentation')}
            error={f.presentation}
            maxLength={2000}
            rows={5}
          />
        </Section>

        <Section
          id="sec-internal"
          title={t('organisation.form.internal')}
          className="org-internal"
          flag={<p className="org-internal__flag">{t('organisation.internalFlag')}</p>}
        >
          <CheckboxGroup
            legend={t('organisation.fields.clientGroups')}
            hint={t('organisation.fields.clientGroupsHint')}
            options={clientGroups.map((g) => ({ value: g, label: t(`clientGroups.${g}`) }))}
            value={v.clientGroups}
            onChange={set('clientGroups')}
            error={f.clientGroups}
          />
          <TextAreaField
            label={t('organisation.fields.privateNotes')}
            value={v.privateNotes}
            onChange={set('privateNotes')}
            error={f.privateNotes}
            maxLength={5000}
            rows={5}
          />
        </Section>

        {creating ? (
          <section className="card org-section org-consents" aria-labelledby="sec-consents">
            <h2 id="sec-consents">{t('organisation.form.consents')}</h2>
            <p className="field__hint">{t('organisation.form.consentsIntro')}</p>
            <fieldset className="fieldset stack">
              <legend>{t('organisation.form.consentsLegend')}</legend>
              <ConsentCheckbox
                checked={consents.participation}
                onChange={(c) =>
                  setConsents((old) =>
                    c
                      ? { ...old, participation: true }
                      : { ...old, participation: false, proposal: false, contactSharing: false },
                  )
                }
                label={t('organisation.consentPurpose.participation')}
                explanation={t('organisation.consentExplain.participation')}
              />
              <div className="org-consent__children">
                <ConsentCheckbox
                  checked={consents.proposal}
                  disabled={!consents.participation}
                  onChange={(c) => setConsents((old) => ({ ...old, proposal: c }))}
                  label={t('organisation.consentPurpose.proposal')}
                  explanation={t('organisation.consentExplain.proposal')}
                />
                <ConsentCheckbox
                  checked={consents.contactSharing}
                  disabled={!consents.participation}
                  onChange={(c) => setConsents((old) => ({ ...old, contactSharing: c }))}
                  label={t('organisation.consentPurpose.contact_sharing')}
                  explanation={t('organisation.consentExplain.contact_sharing')}
                />
                {consents.participation ? null : (
                  <p className="field__hint">{t('organisation.form.needsParticipation')}</p>
                )}
              </div>
              {f['consents.participation'] ? (
                <p className="field__error">{f['consents.participation']}</p>
              ) : null}
            </fieldset>
            <TextField
              label={t('organisation.fields.givenOn')}
              type="date"
              value={consents.givenOn}
              onChange={(givenOn) => setConsents((old) => ({ ...old, givenOn }))}
              error={f['consents.givenOn']}
              max={today()}
              required
            />
          </section>
        ) : (
          <p className="org-muted">{t('organisation.form.consentsOnFile')}</p>
        )}

        <div className="org-actions">
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending
              ? t('form.saving')
              : creating
                ? t('organisation.form.submitCreate')
                : t('organisation.form.submitEdit')}
          </button>
          <Link
            href={creating ? '/job-seekers' : `/job-seekers/${props.jobSeekerId}`}
            className="button"
          >
            {t('organisation.common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

export function NewJobSeekerPage({ me }: { me: Me }) {
  return (
    <JobSeekerForm
      jobSeekerId={null}
      initial={{
        firstName: '',
        lastName: '',
        birthDate: '',
        email: '',
        phone: '',
        regionCode: me.organisation?.regionCode ?? '',
        city: '',
        targetNocCodes: [],
        skills: [],
        hoursPerWeek: '35',
        availableFrom: today(),
        languages: ['fr'],
        presentation: '',
        clientGroups: [],
        privateNotes: '',
      }}
    />
  );
}

export function EditJobSeekerPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const params = useParams<{ id: string }>();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const file = useQuery({
    ...trpc.jobSeekers.get.queryOptions({ jobSeekerId: valid ? id : 1 }),
    enabled: valid,
  });
  if (!valid || file.error) {
    return (
      <NotFoundPage
        title={t('organisation.file.notFound')}
        error={file.error}
        fallback={t('errors.jobSeeker.notFound')}
        backHref="/job-seekers"
        backLabel={t('organisation.file.backToList')}
      />
    );
  }
  if (!file.data) return <p role="status">{t('app.loading')}</p>;
  const s = file.data;
  return (
    <JobSeekerForm
      key={s.id}
      jobSeekerId={s.id}
      fullName={`${s.firstName} ${s.lastName}`}
      initial={{
        firstName: s.firstName,
        lastName: s.lastName,
        birthDate: s.birthDate ?? '',
        email: s.email,
        phone: s.phone,
        regionCode: s.regionCode,
        city: s.city,
        targetNocCodes: s.targetNocCodes,
        skills: s.skills,
        hoursPerWeek: String(s.hoursPerWeek),
        availableFrom: s.availableFrom,
        languages: s.languages,
        presentation: s.presentation,
        clientGroups: s.clientGroups,
        privateNotes: s.privateNotes,
      }}
    />
  );
}
