// The pair of fields every "say why" form asks for (declining, rejecting, ending early): a
// required choice of reason and an optional comment. Labels come from the calling feature.
import type { Ref } from 'react';
import { SelectField, TextAreaField } from './Field';

export function ReasonFields<R extends string>(props: {
  reasonLabel: string;
  /** The empty first option's text. */
  chooseLabel: string;
  reasons: readonly R[];
  reasonText: (reason: R) => string;
  reason: string;
  onReasonChange: (value: string) => void;
  commentLabel: string;
  commentHint: string;
  comment: string;
  onCommentChange: (value: string) => void;
  commentRows: number;
  /** The reason's select, for a form library to focus it when it is to correct. */
  reasonRef?: Ref<HTMLSelectElement> | undefined;
  /** Field messages from the form's validation, keyed `reason` and `comment`. */
  errors: Record<string, string> | undefined;
}) {
  return (
    <>
      <SelectField
        label={props.reasonLabel}
        value={props.reason}
        onChange={props.onReasonChange}
        error={props.errors?.reason}
        inputRef={props.reasonRef}
        required
      >
        <option value="">{props.chooseLabel}</option>
        {props.reasons.map((r) => (
          <option key={r} value={r}>
            {props.reasonText(r)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={props.commentLabel}
        hint={props.commentHint}
        value={props.comment}
        onChange={props.onCommentChange}
        error={props.errors?.comment}
        maxLength={1000}
        rows={props.commentRows}
      />
    </>
  );
}
