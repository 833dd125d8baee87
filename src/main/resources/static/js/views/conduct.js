import { api } from '../api.js';
import { t } from '../i18n.js';
import { h } from '../dom.js';
import { trustedHtml } from '../format.js';
import { busy, fieldError } from '../ui/feedback.js';
import { isFramed } from '../ui/frame.js';

// The space's code of conduct, shown as a modal dialog on entering the space until the member
// accepts the version in force. Reading goes on without it; writing waits for it (the server
// refuses writes with `conduct-not-accepted`, so this dialog is a courtesy, not the rule).
const accepted = new Set();

export async function ensureConduct(spaceId) {
  if (accepted.has(spaceId)) return true;
  const conduct = await api(`/api/spaces/${spaceId}/conduct`, { quiet: true });
  if (conduct.accepted) { accepted.add(spaceId); return true; }
  return showConduct(spaceId, conduct);
}

function showConduct(spaceId, conduct) {
  return new Promise((resolve) => {
    const previous = document.activeElement;
    const dialog = h('dialog', { class: 'ts-dialog ts-conduct', id: 'ts-conduct', 'aria-labelledby': 'ts-conduct-title',
      'aria-describedby': 'ts-conduct-intro' });
    const close = (ok) => { dialog.close(); dialog.remove(); if (previous && previous.focus) previous.focus(); resolve(ok); };
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); close(false); });
    const accept = h('button', { type: 'button', id: 'ts-conduct-accept', onclick: () => busy(accept, async () => {
      try {
        await api(`/api/spaces/${spaceId}/conduct/acceptance`, { method: 'POST', body: { scopeId: conduct.scopeId, version: conduct.version } });
        accepted.add(spaceId);
        close(true);
      } catch (err) {
        // The code changed while it was open: show the new one.
        if (err.status === 409) { close(false); ensureConduct(spaceId).then(resolve); } else fieldError(accept, err);
      }
    }) }, t('ui.conduct.accept'));
    dialog.append(
      h('h2', { id: 'ts-conduct-title' }, t('ui.conduct.title')),
      h('p', { id: 'ts-conduct-intro' }, conduct.version > 0 && conduct.scope !== 'BUILT_IN'
        ? t('ui.conduct.intro-version', conduct.version) : t('ui.conduct.intro')),
      trustedHtml(h('div', { class: 'ts-conduct-body ts-post-body', tabindex: '0', 'aria-label': t('ui.conduct.title') }), conduct.html),
      h('div', { class: 'ts-actions' }, accept,
        h('button', { type: 'button', class: 'ts-secondary', id: 'ts-conduct-later', onclick: () => close(false) }, t('ui.conduct.later'))));
    document.body.append(dialog);
    // In an LMS frame sized to its content, the frame's middle may be far from where the person
    // is: open the dialog near what they were doing instead.
    if (isFramed() && previous && previous !== document.body && previous.getBoundingClientRect) {
      const top = previous.getBoundingClientRect().top + window.scrollY;
      dialog.style.setProperty('--ts-dialog-top', `${Math.max(16, Math.round(top - 240))}px`);
    }
    dialog.showModal();
    accept.focus();
  });
}

// A write refused because the code is not accepted: show the code, and tell the caller whether to retry.
export async function conductRefusal(err) {
  if (err && err.status === 403 && err.problem && String(err.problem.type || '').endsWith('/conduct-not-accepted') && err.problem.space) {
    accepted.delete(err.problem.space);
    return ensureConduct(err.problem.space);
  }
  return false;
}
