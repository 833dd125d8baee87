// The loading indicator: when requests the person asked for take longer than `delay` ms, a bar
// runs along the top of the view, the view fades a little and is marked aria-busy, and a status
// says "Loading…" to screen readers. The view itself stays: nothing goes blank while waiting.
// Quick answers (most of them) show nothing at all, so the page does not flicker.

import { onActivity } from '../api.js';
import { t } from '../i18n.js';
import { h } from '../dom.js';

export const LOADING_DELAY_MS = 300;

export function loadingIndicator(main, { delay = LOADING_DELAY_MS } = {}) {
  const bar = h('div', { class: 'ts-loading-bar', id: 'ts-loading', hidden: true, 'aria-hidden': 'true' });
  // Visible too (a small label by the bar), so nobody wonders whether their click was taken.
  const status = h('p', { class: 'ts-loading-label', role: 'status', id: 'ts-loading-status' });
  let timer = null;
  const show = () => {
    bar.hidden = false;
    main.setAttribute('aria-busy', 'true');
    status.textContent = t('ui.loading');
  };
  const hide = () => {
    clearTimeout(timer);
    timer = null;
    bar.hidden = true;
    main.removeAttribute('aria-busy');
    status.textContent = '';
  };
  onActivity((pending) => {
    if (pending > 0 && timer === null && bar.hidden) timer = setTimeout(show, delay);
    else if (pending === 0) hide();
  });
  return [bar, status];
}
