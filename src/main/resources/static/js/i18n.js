import { api } from './api.js';

let strings = {};

export async function loadStrings() {
  const lang = document.documentElement.lang;
  const bundle = await api(lang ? `/api/i18n?locale=${encodeURIComponent(lang)}` : '/api/i18n');
  strings = bundle.strings;
  document.documentElement.lang = bundle.locale;
  return bundle.locale;
}

// t('key', 'a', 'b') fills {0}, {1}, ... like java.text.MessageFormat's simple cases.
export function t(key, ...args) {
  const pattern = strings[key] || key;
  return pattern.replace(/\{(\d+)\}/g, (_, index) => (args[index] !== undefined ? String(args[index]) : ''));
}
