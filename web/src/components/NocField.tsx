// Choosing NOC 2021 occupations: type a code or words (French or English, accents ignored);
// the browser's suggestion list shows "code — title". Any valid 5-digit code is accepted.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nocTitle, nocUnitGroups, searchNoc } from '../../../shared/reference/noc';
import { useLocaleFormat } from '../lib/useLocaleFormat';

function codeOf(text: string): string | null {
  const m = text.trim().match(/^(\d{5})\b/);
  return m?.[1] ?? null;
}

function NocInput(props: {
  id: string;
  value: string;
  onPick: (code: string) => void;
  onText?: (text: string) => void;
  describedBy?: string | undefined;
  invalid?: boolean;
}) {
  const { locale } = useLocaleFormat();
  const [text, setText] = useState(
    props.value ? `${props.value} — ${nocTitle(props.value, locale)}` : '',
  );
  const listId = `${props.id}-list`;
  const options = useMemo(() => {
    const q = text.trim();
    const found = q ? searchNoc(q, locale, 30) : nocUnitGroups.slice(0, 30);
    return found.map((g) => `${g.code} — ${locale === 'en-CA' ? g.en : g.fr}`);
  }, [text, locale]);
  return (
    <>
      <input
        id={props.id}
        list={listId}
        value={text}
        autoComplete="off"
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          props.onText?.(e.target.value);
          const code = codeOf(e.target.value);
          if (code) props.onPick(code);
        }}
      />
      <datalist id={listId}>
        {options.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
    </>
  );
}

/** One occupation (a posting's). `value` is the 5-digit code or ''. */
export function NocField(props: {
  label: string;
  value: string;
  onChange: (code: string) => void;
  error?: string | undefined;
  required?: boolean;
}) {
  const id = useId();
  const { t } = useTranslation();
  const { locale } = useLocaleFormat();
  return (
    <div className={`field${props.error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required ? <span className="field__required"> ({t('form.required')})</span> : null}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {props.value ? `${props.value} — ${nocTitle(props.value, locale)}` : t('noc.hint')}
      </p>
      <NocInput
        id={id}
        value={props.value}
        onPick={props.onChange}
        onText={(text) => {
          if (!codeOf(text)) props.onChange('');
        }}
        describedBy={[`${id}-hint`, props.error ? `${id}-error` : null].filter(Boolean).join(' ')}
        invalid={Boolean(props.error)}
      />
      {props.error ? (
        <p className="field__error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** Several occupations (a job seeker's targets), at most `max`. */
export function NocListField(props: {
  label: string;
  value: string[];
  onChange: (codes: string[]) => void;
  error?: string | undefined;
  max?: number;
}) {
  const id = useId();
  const { t } = useTranslation();
  const { locale } = useLocaleFormat();
  const [resetKey, setResetKey] = useState(0);
  const max = props.max ?? 5;
  return (
    <fieldset className={`field fieldset${props.error ? ' field--invalid' : ''}`}>
      <legend>{props.label}</legend>
      {props.value.length > 0 ? (
        <ul className="tags">
          {props.value.map((code) => (
            <li key={code}>
              {code} — {nocTitle(code, locale)}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => props.onChange(props.value.filter((c) => c !== code))}
              >
                {t('noc.remove')}
                <span className="visually-hidden"> {code}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {props.value.length < max ? (
        <>
          <label htmlFor={id} className="field__sublabel">
            {t('noc.add')}
          </label>
          <p className="field__hint" id={`${id}-hint`}>
            {t('noc.hint')}
          </p>
          <NocInput
            key={resetKey}
            id={id}
            value=""
            describedBy={`${id}-hint`}
            onPick={(code) => {
              if (!props.value.includes(code)) props.onChange([...props.value, code]);
              setResetKey((k) => k + 1);
            }}
          />
        </>
      ) : null}
      {props.error ? <p className="field__error">{props.error}</p> : null}
    </fieldset>
  );
}
