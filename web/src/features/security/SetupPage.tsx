// « Protégez votre compte »: the set-up of a second factor a coordinator or manager is led to
// after signing in (an app or a passkey), with « Plus tard » while the grace period runs. Open to
// everyone from « Sécurité de la connexion ».
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { StatusMessage } from '../../components/Alert';
import { PageTitle } from '../../components/PageTitle';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { safeNext, setUpLater } from './gate';
import { PasskeyAdd } from './PasskeyAdd';
import { TotpSetup } from './TotpSetup';

type Step = 'choose' | 'totp' | 'passkey' | 'done';

export function SetupPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const fmt = useLocaleFormat();
  const [, navigate] = useLocation();
  const next = safeNext(new URLSearchParams(useSearch()).get('next'));
  const sf = me.secondFactor;
  const [step, setStep] = useState<Step>(sf.enabled ? 'done' : 'choose');
  const finish = async () => {
    setStep('done');
    await qc.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
  };

  return (
    <div className="stack security-setup">
      <PageTitle>{t('security.setup.title')}</PageTitle>
      {step === 'done' ? (
        <>
          <StatusMessage takeFocus>{t('security.setup.done')}</StatusMessage>
          <p>
            <button
              type="button"
              className="button button--primary"
              onClick={() => navigate(next, { replace: true })}
            >
              {t('security.setup.continue')}
            </button>
          </p>
        </>
      ) : (
        <>
          <p>{sf.required ? t('security.setup.required') : t('security.setup.optional')}</p>
          {sf.gate === 'overdue' ? (
            <p className="alert alert--error" role="alert">
              {t('security.setup.overdue')}
            </p>
          ) : sf.deadline ? (
            <p>
              <strong>
                {t('security.setup.deadline', { date: fmt.instant(sf.deadline, 'date') })}
              </strong>
            </p>
          ) : null}
          <fieldset className="group stack">
            <legend>{t('security.setup.choose')}</legend>
            <section className="card stack" aria-labelledby="setup-totp">
              <h2 id="setup-totp">{t('security.totp.title')}</h2>
              <p>{t('security.totp.intro')}</p>
              {step === 'totp' ? (
                <TotpSetup onDone={finish} onCancel={() => setStep('choose')} />
              ) : (
                <p>
                  <button type="button" className="button" onClick={() => setStep('totp')}>
                    {t('security.totp.start')}
                  </button>
                </p>
              )}
            </section>
            <section className="card stack" aria-labelledby="setup-passkey">
              <h2 id="setup-passkey">{t('security.passkeys.title')}</h2>
              <p>{t('security.passkeys.intro')}</p>
              {step === 'passkey' ? (
                <PasskeyAdd onDone={finish} onCancel={() => setStep('choose')} />
              ) : (
                <p>
                  <button type="button" className="button" onClick={() => setStep('passkey')}>
                    {t('security.passkeys.add')}
                  </button>
                </p>
              )}
            </section>
          </fieldset>
          {sf.gate === 'grace' ? (
            <p>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setUpLater(me.id);
                  navigate(next, { replace: true });
                }}
              >
                {t('security.setup.later')}
              </button>
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
