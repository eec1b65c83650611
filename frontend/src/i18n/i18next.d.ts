import 'i18next';
import type en from './en.json';
import type reasons from './reasons.en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en & { reasons: typeof reasons } };
    returnNull: false;
  }
}
