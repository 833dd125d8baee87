import { t, locale } from './i18n.js';
import { h } from './dom.js';

export function when(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return date.toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' });
}

// "3 days ago", "il y a 3 jours", "vor 3 Tagen", in the person's language.
export function ago(iso, now = Date.now()) {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  const steps = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600], ['minute', 60]];
  const format = new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' });
  for (const [unit, size] of steps) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'minute');
}

// A <time> element: the relative time as text, the exact one on hover and for machines.
export function timeAgo(iso) {
  if (!iso) return '';
  return h('time', { datetime: iso, title: when(iso) }, ago(iso));
}

export function roleName(role) {
  return t(`ui.role.${role}`);
}

// Server-sanitized HTML only (post bodies, search snippets): the server is the one place that makes markup.
export function trustedHtml(element, html) {
  element.innerHTML = html || '';
  return element;
}
