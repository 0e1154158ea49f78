// Fields bound to a react-hook-form form by name: the same labelled fields (hint and error tied
// by aria-describedby), their value, touch and error from the form. The message is already in
// the reader's language (lib/forms.ts).
import type { InputHTMLAttributes, ReactNode } from 'react';
import { type Control, type FieldPath, type FieldValues, useController } from 'react-hook-form';
import { PasswordField, SelectField, TextAreaField, TextField } from '../Field';
import { RegionSelect } from '../RegionSelect';

interface Bound<V extends FieldValues> {
  control: Control<V, unknown, FieldValues>;
  name: FieldPath<V>;
  label: string;
  hint?: string | undefined;
  required?: boolean;
  /** A rule the value breaks, said as it is typed (e.g. the phase's), when the form has none. */
  rule?: string | undefined;
}

/** Text as typed (names, emails, references…). */
export function FormText<V extends FieldValues>(
  props: Bound<V> &
    Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'value' | 'onChange' | 'required'>,
) {
  const { control, name, label, hint, required, rule, ...rest } = props;
  const { field, fieldState } = useController({ control, name });
  return (
    <TextField
      {...rest}
      label={label}
      hint={hint}
      required={required}
      name={field.name}
      value={String(field.value ?? '')}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={fieldState.error?.message ?? rule}
    />
  );
}

/** A password, with its « show » button; `autoComplete` says whether it is current or new. */
export function FormPassword<V extends FieldValues>(
  props: Bound<V> & { autoComplete: 'current-password' | 'new-password' },
) {
  const { field, fieldState } = useController({ control: props.control, name: props.name });
  return (
    <PasswordField
      label={props.label}
      hint={props.hint}
      required={props.required}
      name={field.name}
      autoComplete={props.autoComplete}
      value={String(field.value ?? '')}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={fieldState.error?.message ?? props.rule}
    />
  );
}

const numberKinds = {
  /** Dollars and cents: « 18,50 », « 450 000 ». */
  money: { inputMode: 'decimal', suffix: '$' },
  /** Hours with decimals: « 37,5 ». */
  hours: { inputMode: 'decimal', suffix: 'h' },
  /** Whole numbers: hours per week, weeks, positions. */
  integer: { inputMode: 'numeric', suffix: null },
  /** Percentages: « 33,33 ». */
  percent: { inputMode: 'decimal', suffix: '%' },
} as const;

/**
 * THE number field: money, hours, whole numbers or percentages typed as text in the reader's
 * way (comma or point, spaces between thousands), read exactly by the form's schema
 * (lib/formSchemas.ts). A phone shows its numeric keypad.
 */
export function FormNumber<V extends FieldValues>(
  props: Bound<V> & { kind: keyof typeof numberKinds; onValue?: (text: string) => void },
) {
  const { field, fieldState } = useController({ control: props.control, name: props.name });
  const kind = numberKinds[props.kind];
  return (
    <TextField
      label={props.label}
      hint={props.hint}
      required={props.required}
      name={field.name}
      value={String(field.value ?? '')}
      onChange={(v) => {
        field.onChange(v);
        props.onValue?.(v);
      }}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={fieldState.error?.message ?? props.rule}
      inputMode={kind.inputMode}
      autoComplete="off"
      data-unit={kind.suffix ?? undefined}
    />
  );
}

/**
 * THE date field: a calendar date YYYY-MM-DD (the browser's date picker), with the date written
 * out in the reader's language as its hint when given.
 */
export function FormDate<V extends FieldValues>(
  props: Bound<V> & {
    min?: string | undefined;
    max?: string | undefined;
    written?: (iso: string) => string;
    onValue?: (iso: string) => void;
  },
) {
  const { field, fieldState } = useController({ control: props.control, name: props.name });
  const value = String(field.value ?? '');
  const written = props.written && /^\d{4}-\d{2}-\d{2}$/.test(value) ? props.written(value) : null;
  return (
    <TextField
      type="date"
      label={props.label}
      hint={props.hint ?? written ?? undefined}
      required={props.required}
      name={field.name}
      value={value}
      min={props.min}
      max={props.max}
      onChange={(v) => {
        field.onChange(v);
        props.onValue?.(v);
      }}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={fieldState.error?.message ?? props.rule}
    />
  );
}

export function FormSelect<V extends FieldValues>(props: Bound<V> & { children: ReactNode }) {
  const { field, fieldState } = useController({ control: props.control, name: props.name });
  return (
    <SelectField
      label={props.label}
      required={props.required}
      name={field.name}
      value={String(field.value ?? '')}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={fieldState.error?.message ?? props.rule}
    >
      {props.children}
    </SelectField>
  );
}

/** Quebec's administrative regions (code — name in the reader's language). */
export function FormRegion<V extends FieldValues>(props: Bound<V>) {
  const { field, fieldState } = useController({ control: props.control, name: props.name });
  return (
    <RegionSelect
      label={props.label}
      required={props.required}
      name={field.name}
      value={String(field.value ?? '')}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={fieldState.error?.message ?? props.rule}
    />
  );
}

export function FormTextArea<V extends FieldValues>(
  props: Bound<V> & { rows?: number; maxLength?: number },
) {
  const { field, fieldState } = useController({ control: props.control, name: props.name });
  return (
    <TextAreaField
      label={props.label}
      hint={props.hint}
      required={props.required}
      value={String(field.value ?? '')}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      rows={props.rows}
      maxLength={props.maxLength}
      error={fieldState.error?.message ?? props.rule}
    />
  );
}
