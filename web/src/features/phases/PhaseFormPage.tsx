// New phase and edit phase (drafts only): the phase form prefilled with the current FIT terms and
// the next number, or with the draft's values; a phase no longer a draft cannot be edited.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { currentFitRules } from '../../../../shared/money/rules';
import { ErrorAlert } from '../../components/Alert';
import { LoadingStatus, NotFoundPage } from '../../components/PageStates';
import { PageTitle } from '../../components/PageTitle';
import { today } from '../../lib/dates';
import { describeError } from '../../lib/errors';
import { parseId } from '../../lib/ids';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { PhaseForm } from './PhaseForm';
import { newPhaseValues, phaseToValues } from './phaseForm';

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
