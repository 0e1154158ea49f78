// Multiple choice as checkboxes (languages, client groups) and a comma-separated list (skills).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageCodes } from '../../../shared/languages';
import { useLocaleFormat } from '../lib/useLocaleFormat';

export function CheckboxGroup(props: {
  legend: string;
  options: readonly { value: string; label: string }[];
  value: readonly string[];
  onChange: (v: string[]) => void;
  error?: string | undefined;
  hint?: string;
}) {
  const id = useId();
  return (
    <fieldset className={`field fieldset${props.error ? ' field--invalid' : ''}`}>
      <legend>{props.legend}</legend>
      {props.hint ? <p className="field__hint">{props.hint}</p> : null}
      <div className="checkbox-grid">
        {props.options.map((o) => (
          <label key={o.value} className="checkbox" htmlFor={`${id}-${o.value}`}>
            <input
              id={`${id}-${o.value}`}
              type="checkbox"
              checked={props.value.includes(o.value)}
              onChange={(e) =>
                props.onChange(
                  e.target.checked
                    ? [...props.value, o.value]
                    : props.value.filter((v) => v !== o.value),
                )
              }
            />
            {o.label}
          </label>
        ))}
      </div>
      {props.error ? <p className="field__error">{props.error}</p> : null}
    </fieldset>
  );
}

export function LanguagesField(props: {
  legend: string;
  value: readonly string[];
  onChange: (v: string[]) => void;
  error?: string | undefined;
}) {
  const fmt = useLocaleFormat();
  return (
    <CheckboxGroup
      {...props}
      options={languageCodes.map((c) => ({ value: c, label: fmt.language(c) }))}
    />
  );
}

/** Skills typed as "a, b, c"; the form keeps the text, the schema gets the list. */
export function SkillsField(props: {
  label: string;
  value: readonly string[];
  onChange: (v: string[]) => void;
  error?: string | undefined;
}) {
  const id = useId();
  const { t } = useTranslation();
  const [text, setText] = useState(props.value.join(', '));
  return (
    <div className={`field${props.error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('form.skillsHint')}
      </p>
      <input
        id={id}
        value={text}
        aria-describedby={`${id}-hint`}
        aria-invalid={props.error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          props.onChange(
            e.target.value
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
          );
        }}
      />
      {props.error ? <p className="field__error">{props.error}</p> : null}
    </div>
  );
}
