// The consents given at registration: participation first, the others only with it (the shared
// schema says so too), and the date they were given.
import { useId } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDate } from '../../components/form/FormFields';
import { today } from '../../lib/dates';
import type { FileControl } from './jobSeekerForm';

function ConsentCheckbox(props: {
  control: FileControl;
  name: 'consents.participation' | 'consents.proposal' | 'consents.contactSharing';
  disabled?: boolean;
  label: string;
  explanation: string;
  onUncheck?: () => void;
}) {
  const id = useId();
  const { field } = useController({ control: props.control, name: props.name });
  return (
    <div className={`org-consent${props.disabled ? ' org-consent--disabled' : ''}`}>
      <input
        id={id}
        type="checkbox"
        ref={field.ref}
        checked={field.value}
        disabled={props.disabled}
        aria-describedby={`${id}-text`}
        onChange={(e) => {
          field.onChange(e.target.checked);
          if (!e.target.checked) props.onUncheck?.();
        }}
        onBlur={field.onBlur}
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

export function ConsentsSection(props: {
  control: FileControl;
  /** Withdrawing participation withdraws the consents that depend on it. */
  clearDependents: () => void;
}) {
  const { control } = props;
  const { t } = useTranslation();
  const participation = useWatch({ control, name: 'consents.participation' });
  const { fieldState } = useController({ control, name: 'consents.participation' });
  return (
    <section className="card org-section org-consents" aria-labelledby="sec-consents">
      <h2 id="sec-consents">{t('organisation.form.consents')}</h2>
      <p className="field__hint">{t('organisation.form.consentsIntro')}</p>
      <fieldset className="fieldset stack">
        <legend>{t('organisation.form.consentsLegend')}</legend>
        <ConsentCheckbox
          control={control}
          name="consents.participation"
          onUncheck={props.clearDependents}
          label={t('organisation.consentPurpose.participation')}
          explanation={t('organisation.consentExplain.participation')}
        />
        <div className="org-consent__children">
          <ConsentCheckbox
            control={control}
            name="consents.proposal"
            disabled={!participation}
            label={t('organisation.consentPurpose.proposal')}
            explanation={t('organisation.consentExplain.proposal')}
          />
          <ConsentCheckbox
            control={control}
            name="consents.contactSharing"
            disabled={!participation}
            label={t('organisation.consentPurpose.contact_sharing')}
            explanation={t('organisation.consentExplain.contact_sharing')}
          />
          {participation ? null : (
            <p className="field__hint">{t('organisation.form.needsParticipation')}</p>
          )}
        </div>
        {fieldState.error ? <p className="field__error">{fieldState.error.message}</p> : null}
      </fieldset>
      <FormDate
        control={control}
        name="consents.givenOn"
        label={t('organisation.fields.givenOn')}
        max={today()}
        required
      />
    </section>
  );
}
