// The open postings that match a person best, each with its score explained and « Proposer ».

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Alert';
import { describeError } from '../../lib/errors';
import type { RouterOutputs } from '../../lib/trpc';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { MatchCard, MoreMatchesButton } from './MatchCard';

type JobSeekerFile = RouterOutputs['jobSeekers']['get'];

export function MatchingPostings(props: { file: JobSeekerFile; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const { file } = props;
  const name = `${file.firstName} ${file.lastName}`;
  const [limit, setLimit] = useState(10);
  const matches = useQuery({
    ...trpc.matching.forJobSeeker.queryOptions({ jobSeekerId: file.id, limit }),
    placeholderData: keepPreviousData,
  });
  const m = matches.data;
  return (
    <section className="card" aria-labelledby="file-matches">
      <h2 id="file-matches">{t('organisation.file.matches')}</h2>
      {matches.isPending ? <p>{t('app.loading')}</p> : null}
      <ErrorAlert>{matches.error ? describeError(matches.error, t).message : null}</ErrorAlert>
      {m && !m.eligible ? (
        <p className="alert org-warning">
          {file.status === 'closed'
            ? t('organisation.file.notEligibleClosed')
            : m.reason === 'hired'
              ? t('organisation.file.notEligibleHired')
              : t('organisation.file.notEligibleConsent')}
        </p>
      ) : null}
      {m?.eligible ? (
        <>
          <p className="field__hint">{t('organisation.file.matchesIntro')}</p>
          {m.results.length === 0 ? <p>{t('organisation.file.noMatches')}</p> : null}
          <ol className="org-matches">
            {m.results.map((r) => (
              <MatchCard
                key={r.postingId}
                href={`/open-postings/${r.postingId}`}
                title={r.title}
                meta={
                  <>
                    <p className="org-item__meta">
                      {r.businessName} · {fmt.place(r.city, r.regionCode)}
                    </p>
                    <p className="org-item__meta">
                      {t('organisation.postings.summary', {
                        hours: r.hoursPerWeek,
                        wage: fmt.money(r.hourlyWageCents),
                        date: fmt.date(r.startDate),
                      })}
                    </p>
                  </>
                }
                score={r.score}
                reasons={r.reasons}
                skills={file.skills}
                postingId={r.postingId}
                jobSeekerId={file.id}
                personName={name}
                postingTitle={r.title}
                onProposed={props.onDone}
              />
            ))}
          </ol>
          <MoreMatchesButton
            shown={m.results.length}
            limit={limit}
            onMore={() => setLimit(50)}
            of="postings"
          />
        </>
      ) : null}
    </section>
  );
}
