// The sections of the job seeker's form, as a counsellor thinks of them: who they are, what they
// look for, what employers read, and what stays inside the organisation.
import type { ReactNode } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { clientGroups } from '../../../../shared/clientGroups';
import { CheckboxGroup, LanguagesField, SkillsField } from '../../components/ChoiceFields';
import { FormDate, FormNumber, FormText, FormTextArea } from '../../components/form/FormFields';
import { NocListField } from '../../components/NocField';
import { RegionSelect } from '../../components/RegionSelect';
import { today } from '../../lib/dates';
import type { FileControl } from './jobSeekerForm';

export function Section(props: {
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

export function IdentitySection({ control }: { control: FileControl }) {
  const { t } = useTranslation();
  return (
    <Section id="sec-identity" title={t('organisation.form.identity')}>
      <div className="org-row">
        <FormText
          control={control}
          name="firstName"
          label={t('organisation.fields.firstName')}
          autoComplete="off"
          required
        />
        <FormText
          control={control}
          name="lastName"
          label={t('organisation.fields.lastName')}
          autoComplete="off"
          required
        />
      </div>
      <FormDate
        control={control}
        name="birthDate"
        label={t('organisation.fields.birthDate')}
        hint={t('organisation.fields.birthDateHint')}
        max={today()}
      />
      <div className="org-row">
        <FormText
          control={control}
          name="email"
          type="email"
          label={t('organisation.fields.email')}
          autoComplete="off"
        />
        <FormText
          control={control}
          name="phone"
          type="tel"
          label={t('organisation.fields.phone')}
          autoComplete="off"
        />
      </div>
    </Section>
  );
}

export function SearchSection({ control }: { control: FileControl }) {
  const { t } = useTranslation();
  const region = useController({ control, name: 'regionCode' });
  const targets = useController({ control, name: 'targetNocCodes' });
  const skills = useController({ control, name: 'skills' });
  const languages = useController({ control, name: 'languages' });
  return (
    <Section id="sec-search" title={t('organisation.form.search')}>
      <div className="org-row">
        <RegionSelect
          label={t('organisation.fields.region')}
          value={region.field.value}
          onChange={region.field.onChange}
          error={region.fieldState.error?.message}
          required
        />
        <FormText control={control} name="city" label={t('organisation.fields.city')} />
      </div>
      <NocListField
        label={t('organisation.fields.targets')}
        value={targets.field.value ?? []}
        onChange={targets.field.onChange}
        error={targets.fieldState.error?.message}
      />
      <SkillsField
        label={t('organisation.fields.skills')}
        value={skills.field.value ?? []}
        onChange={skills.field.onChange}
        error={skills.fieldState.error?.message}
      />
      <div className="org-row">
        <FormNumber
          control={control}
          name="hoursPerWeek"
          kind="integer"
          label={t('organisation.fields.hours')}
          required
        />
        <FormDate
          control={control}
          name="availableFrom"
          label={t('organisation.fields.availableFrom')}
          required
        />
      </div>
      <LanguagesField
        legend={t('organisation.fields.languages')}
        value={languages.field.value ?? []}
        onChange={languages.field.onChange}
        error={languages.fieldState.error?.message}
      />
    </Section>
  );
}

export function ForEmployersSection({ control }: { control: FileControl }) {
  const { t } = useTranslation();
  return (
    <Section
      id="sec-employers"
      title={t('organisation.form.forEmployers')}
      intro={t('organisation.form.forEmployersIntro')}
    >
      <FormTextArea
        control={control}
        name="presentation"
        label={t('organisation.fields.presentation')}
        hint={t('organisation.fields.presentationHint')}
        maxLength={2000}
        rows={5}
      />
    </Section>
  );
}

export function InternalSection({ control }: { control: FileControl }) {
  const { t } = useTranslation();
  const groups = useController({ control, name: 'clientGroups' });
  return (
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
        value={groups.field.value ?? []}
        onChange={groups.field.onChange}
        error={groups.fieldState.error?.message}
      />
      <FormTextArea
        control={control}
        name="privateNotes"
        label={t('organisation.fields.privateNotes')}
        maxLength={5000}
        rows={5}
      />
    </Section>
  );
}
