// New and edit hiring need (« besoin de main-d'œuvre »): one form with sensible defaults.
// A new need can be saved as a draft or published at once; a draft can be edited then
// published; an open need can be edited. Filled or closed needs are not editable.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { addDays, quebecToday } from '../../../../shared/dates';
import type { PostingStatus } from '../../../../shared/postings/postingMachine';
import { type PostingFields, postingFields } from '../../../../shared/postings/schemas';
import { ErrorAlert } from '../../components/Alert';
import { LanguagesField, SkillsField } from '../../components/ChoiceFields';
import { TextAreaField, TextField } from '../../components/Field';
import { NocField } from '../../components/NocField';
import { LoadingStatus, NotFoundPage } from '../../components/PageStates';
import { PageTitle } from '../../components/PageTitle';
import { RegionSelect } from '../../components/RegionSelect';
import { describeError, type ShownError, validate } from '../../lib/errors';
import { centsToInput, parseDollarsToCents, parseWholeNumber } from '../../lib/numberText';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { type Flash, navigateWithFlash } from './flash';

/** What the form holds: text as typed; numbers are parsed on submit. */
interface FormValues {
  title: string;
  nocCode: string;
  regionCode: string;
  city: string;
  hoursPerWeek: string;
  wage: string;
  positions: string;
  startDate: string;
  durationWeeks: string;
  description: string;
  requirements: string;
  skills: string[];
  languages: string[];
}

const DEFAULT_HOURS = 35;
const DEFAULT_POSITIONS = 1;
const DEFAULT_WEEKS = 12;
const DEFAULT_START_IN_DAYS = 14;
const MAX_WAGE_CENTS = 100_000;

function defaults(me: Me): FormValues {
  return {
    title: '',
    nocCode: '',
    regionCode: me.business?.regionCode ?? '',
    city: me.business?.city ?? '',
    hoursPerWeek: String(DEFAULT_HOURS),
    wage: '',
    positions: String(DEFAULT_POSITIONS),
    startDate: addDays(quebecToday(new Date()), DEFAULT_START_IN_DAYS),
    durationWeeks: String(DEFAULT_WEEKS),
    description: '',
    requirements: '',
    skills: [],
    languages: ['fr'],
  };
}

type Checked = { ok: true; data: PostingFields } | { ok: false; error: ShownError };

/**
 * Parses the typed numbers, then validates with the shared schema. Number fields get clear
 * messages (required / whole number / the wage in dollars) instead of the schema's generic ones.
 */
function checkValues(
  values: FormValues,
  t: ReturnType<typeof useTranslation>['t'],
  previousStartDate: string | null,
): Checked {
  const own: Record<string, string> = {};
  const whole = (field: 'hoursPerWeek' | 'positions' | 'durationWeeks') => {
    const n = parseWholeNumber(values[field]);
    if (n === undefined) own[field] = t('validation.required');
    else if (n === null) own[field] = t('validation.integer');
    return n ?? undefined;
  };
  const hoursPerWeek = whole('hoursPerWeek');
  const positions = whole('positions');
  const durationWeeks = whole('durationWeeks');
  const cents = values.wage.trim() === '' ? undefined : parseDollarsToCents(values.wage);
  if (cents === undefined) own.hourlyWageCents = t('validation.required');
  else if (cents === null) own.hourlyWageCents = t('employer.form.wageFormat');
  else if (cents < 1 || cents > MAX_WAGE_CENTS) own.hourlyWageCents = t('employer.form.wageRange');
  const today = quebecToday(new Date());
  if (
    /^\d{4}-\d{2}-\d{2}$/.test(values.startDate) &&
    values.startDate < today &&
    values.startDate !== previousStartDate
  ) {
    own.startDate = t('errors.posting.startDateInPast');
  }
  const { wage: _wage, ...rest } = values;
  const v = validate(
    postingFields,
    { ...rest, hoursPerWeek, positions, durationWeeks, hourlyWageCents: cents ?? undefined },
    t,
  );
  if (v.ok && Object.keys(own).length === 0) return v;
  return {
    ok: false,
    error: {
      message: t('form.errorSummary'),
      fields: { ...(v.ok ? {} : v.error.fields), ...own },
    },
  };
}

function PostingForm(props: {
  initial: FormValues;
  postingId: number | null;
  status: PostingStatus | null;
  previousStartDate: string | null;
}) {
  const { postingId, status } = props;
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [, navigate] = useLocation();
  const [values, setValues] = useState<FormValues>(props.initial);
  const [error, setError] = useState<ShownError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // A long form: take the person to the first field to correct.
  useEffect(() => {
    if (error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);
  const set =
    <K extends keyof FormValues>(key: K) =>
    (v: FormValues[K]) =>
      setValues((old) => ({ ...old, [key]: v }));

  const showError = (err: unknown) => {
    const shown = describeError(err, t);
    // The API counts the wage in cents: say it in dollars.
    if (shown.fields.hourlyWageCents) shown.fields.hourlyWageCents = t('employer.form.wageRange');
    setError(shown);
  };
  const done = async (id: number, flash: Flash) => {
    await Promise.all([
      qc.invalidateQueries({ queryKey: trpc.postings.pathKey() }),
      qc.invalidateQueries({ queryKey: trpc.home.employer.queryKey() }),
    ]);
    navigateWithFlash(navigate, `/postings/${id}`, flash);
  };
  const create = useMutation(trpc.postings.create.mutationOptions());
  const update = useMutation(trpc.postings.update.mutationOptions());
  const transition = useMutation(trpc.postings.transition.mutationOptions());
  const pending = create.isPending || update.isPending || transition.isPending;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const publish = submitter?.value === 'publish';
    const v = checkValues(values, t, props.previousStartDate);
    if (!v.ok) return setError(v.error);
    setError(null);
    try {
      if (postingId === null) {
        const created = await create.mutateAsync({ ...v.data, publish });
        await done(created.id, publish ? 'published' : 'draftSaved');
      } else {
        await update.mutateAsync({ ...v.data, postingId });
        if (publish) await transition.mutateAsync({ postingId, action: 'publish' });
        await done(postingId, publish ? 'published' : 'saved');
      }
    } catch (err) {
      showError(err);
    }
  }

  const f = error?.fields ?? {};
  const isNew = postingId === null;
  const canPublish = isNew || status === 'draft';
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="stack-lg emp-form">
      <ErrorAlert>{error?.message}</ErrorAlert>
      <section className="card stack" aria-labelledby="posting-job">
        <h2 id="posting-job">{t('employer.form.jobSection')}</h2>
        <TextField
          label={t('employer.form.title')}
          hint={t('employer.form.titleHint')}
          value={values.title}
          onChange={set('title')}
          error={f.title}
          maxLength={120}
          autoComplete="off"
          required
        />
        <NocField
          label={t('employer.form.noc')}
          value={values.nocCode}
          onChange={set('nocCode')}
          error={f.nocCode}
          required
        />
        <TextAreaField
          label={t('employer.form.description')}
          hint={t('employer.form.descriptionHint')}
          value={values.description}
          onChange={set('description')}
          error={f.description}
          rows={5}
          maxLength={5000}
        />
        <TextAreaField
          label={t('employer.form.requirements')}
          hint={t('employer.form.requirementsHint')}
          value={values.requirements}
          onChange={set('requirements')}
          error={f.requirements}
          rows={3}
          maxLength={3000}
        />
        <SkillsField
          label={t('employer.form.skills')}
          value={values.skills}
          onChange={set('skills')}
          error={f.skills}
        />
        <LanguagesField
          legend={t('employer.form.languages')}
          value={values.languages}
          onChange={set('languages')}
          error={f.languages}
        />
      </section>

      <section className="card stack" aria-labelledby="posting-terms">
        <h2 id="posting-terms">{t('employer.form.termsSection')}</h2>
        <div className="emp-form-grid">
          <TextField
            label={t('employer.form.wage')}
            hint={t('employer.form.wageHint')}
            value={values.wage}
            onChange={set('wage')}
            error={f.hourlyWageCents}
            inputMode="decimal"
            autoComplete="off"
            required
          />
          <TextField
            label={t('employer.form.hoursPerWeek')}
            value={values.hoursPerWeek}
            onChange={set('hoursPerWeek')}
            error={f.hoursPerWeek}
            inputMode="numeric"
            autoComplete="off"
            required
          />
          <TextField
            label={t('employer.form.positions')}
            value={values.positions}
            onChange={set('positions')}
            error={f.positions}
            inputMode="numeric"
            autoComplete="off"
            required
          />
          <TextField
            label={t('employer.form.startDate')}
            hint={
              /^\d{4}-\d{2}-\d{2}$/.test(values.startDate) ? fmt.date(values.startDate) : undefined
            }
            type="date"
            value={values.startDate}
            onChange={set('startDate')}
            error={f.startDate}
            required
          />
          <TextField
            label={t('employer.form.durationWeeks')}
            value={values.durationWeeks}
            onChange={set('durationWeeks')}
            error={f.durationWeeks}
            inputMode="numeric"
            autoComplete="off"
            required
          />
        </div>
      </section>

      <section className="card stack" aria-labelledby="posting-place">
        <h2 id="posting-place">{t('employer.form.placeSection')}</h2>
        <div className="emp-form-grid">
          <RegionSelect
            label={t('employer.form.region')}
            value={values.regionCode}
            onChange={set('regionCode')}
            error={f.regionCode}
            required
          />
          <TextField
            label={t('employer.form.city')}
            value={values.city}
            onChange={set('city')}
            error={f.city}
            autoComplete="address-level2"
            required
          />
        </div>
      </section>

      {canPublish ? <p className="emp-note">{t('employer.form.publishNote')}</p> : null}
      <div className="emp-actions">
        {/* The first submit button is the one Enter triggers: saving, never publishing. */}
        <button
          type="submit"
          name="intent"
          value="save"
          className={canPublish ? 'button' : 'button button--primary'}
          disabled={pending}
        >
          {isNew
            ? t('employer.form.saveDraft')
            : status === 'draft'
              ? t('employer.form.saveDraftAgain')
              : t('employer.form.saveChanges')}
        </button>
        {canPublish ? (
          <button
            type="submit"
            name="intent"
            value="publish"
            className="button button--primary"
            disabled={pending}
          >
            {t('employer.form.publish')}
          </button>
        ) : null}
        <Link href={isNew ? '/postings' : `/postings/${postingId}`} className="emp-cancel">
          {t('employer.form.cancel')}
        </Link>
      </div>
      {pending ? (
        <p role="status" className="emp-note">
          {t('form.saving')}
        </p>
      ) : null}
    </form>
  );
}

export function NewPostingPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('employer.form.newTitle')}</PageTitle>
      <p className="emp-intro">{t('employer.form.intro')}</p>
      <PostingForm initial={defaults(me)} postingId={null} status={null} previousStartDate={null} />
    </>
  );
}

export function EditPostingPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { locale } = useLocaleFormat();
  const params = useParams<{ id: string }>();
  const postingId = Number(params.id);
  const valid = Number.isInteger(postingId) && postingId > 0;
  const posting = useQuery({
    ...trpc.postings.get.queryOptions({ postingId }),
    enabled: valid,
  });
  if (!valid || posting.isError) {
    return (
      <NotFoundPage
        title={t('employer.detail.notFoundTitle')}
        error={posting.error}
        fallback={t('errors.posting.notFound')}
        backHref="/postings"
        backLabel={t('employer.detail.backToList')}
      />
    );
  }
  if (!posting.data) {
    return <LoadingStatus />;
  }
  const p = posting.data;
  if (p.status === 'filled' || p.status === 'closed') {
    return (
      <>
        <PageTitle>{t('employer.form.editTitle', { title: p.title })}</PageTitle>
        <ErrorAlert>{t('errors.posting.notEditable')}</ErrorAlert>
        <Link href={`/postings/${p.id}`}>{t('employer.form.backToPosting')}</Link>
      </>
    );
  }
  const initial: FormValues = {
    title: p.title,
    nocCode: p.nocCode,
    regionCode: p.regionCode,
    city: p.city,
    hoursPerWeek: String(p.hoursPerWeek),
    wage: centsToInput(p.hourlyWageCents, locale),
    positions: String(p.positions),
    startDate: p.startDate,
    durationWeeks: String(p.durationWeeks),
    description: p.description,
    requirements: p.requirements,
    skills: p.skills,
    languages: p.languages,
  };
  return (
    <>
      <PageTitle>{t('employer.form.editTitle', { title: p.title })}</PageTitle>
      {p.status === 'open' ? <p className="emp-intro">{t('employer.form.editOpenNote')}</p> : null}
      <PostingForm
        key={p.id}
        initial={initial}
        postingId={p.id}
        status={p.status}
        previousStartDate={p.startDate}
      />
    </>
  );
}
