// The electronic acceptance of the agreement in force: who has accepted it (name, role, time,
// IP, fingerprint of the exact PDF) and, for a party that has not, the acceptance itself: a box
// to tick (the form's schema says why it must be) and the button. The server renders the PDF
// again and refuses a fingerprint that changed (an amendment meanwhile).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { describeError } from '../../lib/errors';
import { useSharedForm } from '../../lib/forms';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import type { Agreement } from './agreementParts';

const acceptance = z.object({
  accepted: z.boolean().refine((v) => v, 'validation.mustAccept'),
});

function Signatures({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const latest = agreement.versions[0];
  return (
    <ul className="stack">
      {(['employer', 'organisation'] as const).map((party) => {
        const s = latest?.signatures.find((x) => x.party === party);
        return (
          <li key={party}>
            <strong>{t(`paperwork.agreement.partyTitles.${party}`)}</strong> —{' '}
            {s
              ? t(
                  s.signerName
                    ? 'paperwork.agreement.signedBy'
                    : 'paperwork.agreement.signedErased',
                  {
                    name: s.signerName,
                    role: t(`roles.${s.signerRole}`),
                    when: fmt.instant(s.signedAt),
                    ip: s.ip ?? '—',
                    sha: `${s.documentSha256.slice(0, 12)}…`,
                  },
                )
              : t('paperwork.agreement.notYet')}
          </li>
        );
      })}
    </ul>
  );
}

function AcceptForm({ agreement, onAccepted }: { agreement: Agreement; onAccepted: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const { form, summary, setSummary } = useSharedForm(acceptance, { accepted: false });
  const box = useController({ control: form.control, name: 'accepted' });
  const sign = useMutation(
    trpc.agreements.sign.mutationOptions({
      onSuccess: async () => {
        onAccepted();
        await queryClient.invalidateQueries({ queryKey: trpc.agreements.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.pairings.pathKey() });
      },
      onError: (err) => setSummary(describeError(err, t).message),
    }),
  );
  const current = agreement.current;
  if (!current || !agreement.party) return null;
  const error = box.fieldState.error?.message;
  return (
    <form
      className="stack"
      noValidate
      onSubmit={form.handleSubmit(
        () => {
          setSummary(null);
          sign.mutate({
            pairingId: agreement.pairingId,
            versionId: current.versionId,
            locale: current.locale,
            documentSha256: current.documentSha256,
          });
        },
        () => setSummary(t('form.errorSummary')),
      )}
    >
      <ErrorAlert>{summary}</ErrorAlert>
      <div className={`field${error ? ' field--invalid' : ''}`}>
        <label htmlFor={id} className="checkbox">
          <input
            id={id}
            ref={box.field.ref}
            type="checkbox"
            name={box.field.name}
            checked={box.field.value === true}
            onChange={(e) => box.field.onChange(e.target.checked)}
            onBlur={box.field.onBlur}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />{' '}
          {t('paperwork.agreement.acceptLabel', {
            party: t(`paperwork.agreement.parties.${agreement.party}`),
          })}
        </label>
        {error ? (
          <p className="field__error" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
      </div>
      <p>
        <button type="submit" className="button button--primary" disabled={sign.isPending}>
          {sign.isPending ? t('form.saving') : t('paperwork.agreement.accept')}
        </button>
      </p>
    </form>
  );
}

export function Acceptance({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const [accepted, setAccepted] = useState(false);
  const current = agreement.current;
  if (!current) return null;
  return (
    <section className="card stack" aria-labelledby="acceptance">
      <h2 id="acceptance">{t('paperwork.agreement.acceptanceTitle')}</h2>
      <p className="fingerprint">
        {t('paperwork.agreement.fingerprint', { sha: current.documentSha256 })}
      </p>
      <Signatures agreement={agreement} />
      {/* Said once this reader's party has accepted (the list above shows the signature). */}
      <StatusMessage>
        {accepted && !agreement.canSign ? t('paperwork.agreement.accepted') : null}
      </StatusMessage>
      {agreement.canSign ? (
        <AcceptForm
          key={current.versionId}
          agreement={agreement}
          onAccepted={() => setAccepted(true)}
        />
      ) : null}
    </section>
  );
}
