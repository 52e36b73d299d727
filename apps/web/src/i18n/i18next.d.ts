import 'i18next';
import type { Messages } from './locales/ja';

// Makes t('some.key') a compile error when the key does not exist in the Japanese source.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
