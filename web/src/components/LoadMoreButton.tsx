// The "show more" button under a paged list, there while the query has a next page and
// disabled while that page loads.
import { useTranslation } from 'react-i18next';

export function LoadMoreButton(props: {
  list: {
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    fetchNextPage: () => Promise<unknown>;
  };
  label: string;
  /** Say "Loading…" on the button while the next page loads (the label stays otherwise). */
  showLoading?: boolean;
}) {
  const { t } = useTranslation();
  const { list } = props;
  if (!list.hasNextPage) return null;
  return (
    <p>
      <button
        type="button"
        className="button"
        disabled={list.isFetchingNextPage}
        onClick={() => void list.fetchNextPage()}
      >
        {props.showLoading && list.isFetchingNextPage ? t('app.loading') : props.label}
      </button>
    </p>
  );
}
