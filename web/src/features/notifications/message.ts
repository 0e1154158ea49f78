// A notification's message in the reader's language, from its kind and params (the catalog is
// web/src/i18n/notifications.ts): amounts and dates formatted for the locale.
import { useTranslation } from 'react-i18next';
import { messageKey, type NotificationParams } from '../../../../shared/notifications/kinds';
import { useLocaleFormat } from '../../lib/useLocaleFormat';

const dateParams = ['periodStart', 'periodEnd', 'paidOn', 'dueOn'] as const;

export function useNotificationText() {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  return (n: { kind: string; params: NotificationParams }) => {
    const vars: Record<string, string | number> = { ...n.params };
    if (typeof n.params.amountCents === 'number') vars.amount = fmt.money(n.params.amountCents);
    for (const d of dateParams) {
      const v = n.params[d];
      if (typeof v === 'string') vars[d] = fmt.date(v);
    }
    return t(`notifications.message.${messageKey(n.kind, n.params)}`, {
      ...vars,
      defaultValue: t('notifications.message.unknown'),
    });
  };
}
