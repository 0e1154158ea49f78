// What a list page says above its list: the error that kept it from loading, and a status
// region announcing "Loading…" and then how many items there are. The count is for screen
// readers only, unless the page shows it (`visibleClassName`, the class it is shown with).
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors';
import { ErrorAlert } from './Alert';

export function ListStatus(props: {
  error: unknown;
  pending: boolean;
  count: string;
  visibleClassName?: string;
}) {
  const { t } = useTranslation();
  const text = props.pending ? t('app.loading') : props.count;
  return (
    <>
      <ErrorAlert>{props.error ? describeError(props.error, t).message : null}</ErrorAlert>
      {props.visibleClassName ? (
        <p role="status" className={props.visibleClassName}>
          {text}
        </p>
      ) : (
        <div role="status" className={props.pending ? undefined : 'visually-hidden'}>
          {text}
        </div>
      )}
    </>
  );
}
