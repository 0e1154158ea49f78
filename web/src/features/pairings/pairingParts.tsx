// Small pieces of the pairing screens: a radio group with its legend, and
// the refresh of everything a pairing's change touches.
import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../lib/trpc';

/** Choices as radio buttons in a fieldset whose legend is the question (WCAG 1.3.1, 3.3.2). */
export function RadioGroup<V extends string>(props: {
  legend: string;
  name: string;
  options: readonly { value: V; label: string }[];
  value: V | '';
  onChange: (v: V) => void;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  /** One option per line (long labels). */
  stacked?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const describedBy =
    [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <fieldset
      className={`field fieldset org-radios${props.stacked ? ' org-radios--stack' : ''}${
        props.error ? ' field--invalid' : ''
      }`}
      aria-describedby={describedBy}
    >
      <legend>
        {props.legend}
        {props.required ? <span className="field__required"> ({t('form.required')})</span> : null}
      </legend>
      {props.hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <div className="org-radios__options">
        {props.options.map((o) => (
          <label key={o.value} className="org-radio" htmlFor={`${id}-${o.value}`}>
            <input
              id={`${id}-${o.value}`}
              type="radio"
              name={`${props.name}-${id}`}
              value={o.value}
              checked={props.value === o.value}
              aria-invalid={props.error ? true : undefined}
              onChange={() => props.onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
      {props.error ? (
        <p className="field__error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Everything that shows pairings, the agenda or money, refreshed after a pairing changes. */
export function useRefreshPairings() {
  const trpc = useTRPC();
  const qc = useQueryClient();
  return async () => {
    await Promise.all([
      qc.invalidateQueries({ queryKey: trpc.pairings.pathKey() }),
      qc.invalidateQueries({ queryKey: trpc.money.pathKey() }),
      qc.invalidateQueries({ queryKey: trpc.phases.pathKey() }),
      qc.invalidateQueries({ queryKey: trpc.home.pathKey() }),
      // An ended pairing makes the person available again for matching.
      qc.invalidateQueries({ queryKey: trpc.jobSeekers.pathKey() }),
      qc.invalidateQueries({ queryKey: trpc.matching.pathKey() }),
    ]);
  };
}
