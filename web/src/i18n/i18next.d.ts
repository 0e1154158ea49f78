// The catalogue's keys, declared to i18next: a missing or misspelt key given to t() is a compile
// error (and the English catalogue has the French one's shape, i18n/widen.ts).
import 'i18next';
import type { frCA } from './catalogue';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof frCA };
  }
}
