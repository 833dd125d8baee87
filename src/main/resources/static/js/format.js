import { t } from './i18n.js';

export function when(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return date.toLocaleString(document.documentElement.lang || undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function roleName(role) {
  return t(`ui.role.${role}`);
}

// Server-sanitized HTML only (post bodies, search snippets): the server is the one place that makes markup.
export function trustedHtml(element, html) {
  element.innerHTML = html || '';
  return element;
}
