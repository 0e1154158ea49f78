// Registering a job seeker (with the consents they gave) and correcting their file. One form,
// grouped as a counsellor thinks of it (JobSeekerFormSections.tsx), validated as it is typed by
// the procedure's schema; sensible defaults; the duplicate warning lets the counsellor open the
// existing file or register anyway.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { ErrorAlert } from '../../components/Alert';
import { NotFoundPage } from '../../components/PageStates';
import { PageTitle } from '../../components/PageTitle';
import { today } from '../../lib/dates';
import { showServerError, useSharedForm } from '../../lib/forms';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { ConsentsSection } from './ConsentsSection';
import {
  ForEmployersSection,
  IdentitySection,
  InternalSection,
  SearchSection,
} from './JobSeekerFormSections';
import {
  fileToValues,
  type NewJobSeekerFormValues,
  newJobSeekerFormSchema,
  newJobSeekerValues,
} from './jobSeekerForm';

function duplicateOf(err: unknown): { id: number; name: string } | null {
  if (!(err instanceof TRPCClientError)) return null;
  const data = err.data as { appCode?: string; params?: Record<string, unknown> } | undefined;
  if (data?.appCode !== 'jobSeeker.duplicate') return null;
  const id = Number(data.params?.id);
  return Number.isInteger(id) && id > 0 ? { id, name: String(data.params?.name ?? '') } : null;
}

function JobSeekerForm(props: {
  jobSeekerId: number | null;
  initial: NewJobSeekerFormValues;
  fullName?: string;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [, navigate] = useLocation();
  const creating = props.jobSeekerId === null;
  // Correcting a file keeps the consents' defaults (valid) and sends none: they are on file.
  const { form, summary, setSummary } = useSharedForm(newJobSeekerFormSchema, props.initial);
  const { control } = form;
  const [duplicate, setDuplicate] = useState<{ id: number; name: string } | null>(null);
  // The form is long: a refusal of the server is brought into view and focused.
  const alerts = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (duplicate) alerts.current?.focus();
  }, [duplicate]);

  const done = async (id: number, what: 'created' | 'updated') => {
    await Promise.all([
      qc.invalidateQueries({ queryKey: trpc.jobSeekers.pathKey() }),
      qc.invalidateQueries({ queryKey: trpc.home.pathKey() }),
      qc.invalidateQueries({ queryKey: trpc.matching.pathKey() }),
    ]);
    navigate(`/job-seekers/${id}?done=${what}`);
  };
  const create = useMutation(trpc.jobSeekers.create.mutationOptions());
  const update = useMutation(trpc.jobSeekers.update.mutationOptions());
  const pending = create.isPending || update.isPending;

  const save = (confirmDuplicate: boolean) =>
    form.handleSubmit(
      async ({ consents, ...file }) => {
        setDuplicate(null);
        setSummary(null);
        try {
          if (props.jobSeekerId === null) {
            const r = await create.mutateAsync({ ...file, consents, confirmDuplicate });
            await done(r.id, 'created');
          } else {
            await update.mutateAsync({ ...file, jobSeekerId: props.jobSeekerId });
            await done(props.jobSeekerId, 'updated');
          }
        } catch (err) {
          const dup = duplicateOf(err);
          if (dup) setDuplicate(dup);
          else {
            setSummary(showServerError(err, form, t).message);
            alerts.current?.focus();
          }
        }
      },
      () => {
        setDuplicate(null);
        setSummary(t('form.errorSummary'));
      },
    );

  return (
    <>
      <PageTitle>
        {creating
          ? t('organisation.form.createTitle')
          : t('organisation.form.editTitle', { name: props.fullName ?? '' })}
      </PageTitle>
      <p>{creating ? t('organisation.form.createIntro') : t('organisation.form.editIntro')}</p>
      <div ref={alerts} tabIndex={-1} className="org-alerts">
        <ErrorAlert>{summary}</ErrorAlert>
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
                onClick={() => void save(true)()}
              >
                {t('organisation.form.createAnyway')}
              </button>
            </div>
          </div>
        ) : null}
      </div>
      <form onSubmit={save(false)} noValidate className="stack-lg org-form">
        <IdentitySection control={control} />
        <SearchSection control={control} />
        <ForEmployersSection control={control} />
        <InternalSection control={control} />
        {creating ? (
          <ConsentsSection
            control={control}
            clearDependents={() => {
              form.setValue('consents.proposal', false);
              form.setValue('consents.contactSharing', false);
            }}
          />
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
  return <JobSeekerForm jobSeekerId={null} initial={newJobSeekerValues(me, today())} />;
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
  const { consents } = newJobSeekerValues({ organisation: null } as Me, today());
  return (
    <JobSeekerForm
      key={s.id}
      jobSeekerId={s.id}
      fullName={`${s.firstName} ${s.lastName}`}
      initial={{ ...fileToValues(s), consents }}
    />
  );
}
