import { api } from '../api.js';
import { t } from '../i18n.js';
import { h } from '../dom.js';
import { trustedHtml } from '../format.js';

// The space's code of conduct, shown as a modal dialog on entering the space until the member
// accepts the version in force. Reading goes on without it; writing waits for it (the server
// refuses writes with `conduct-not-accepted`, so this dialog is a courtesy, not the rule).
const accepted = new Set();

export async function ensureConduct(spaceId) {
  if (accepted.has(spaceId)) return true;
  const conduct = await api(`/api/spaces/${spaceId}/conduct`);
  if (conduct.accepted) { accepted.add(spaceId); return true; }
  return showConduct(spaceId, conduct);
}

function showConduct(spaceId, conduct) {
  return new Promise((resolve) => {
    const previous = document.activeElement;
    const error = h('p', { class: 'ts-error-text', role: 'alert' });
    const dialog = h('dialog', { class: 'ts-card ts-conduct', id: 'ts-conduct', 'aria-labelledby': 'ts-conduct-title',
      'aria-describedby': 'ts-conduct-intro' });
    const close = (ok) => { dialog.close(); dialog.remove(); if (previous && previous.focus) previous.focus(); resolve(ok); };
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); close(false); });
    dialog.append(
      h('h2', { id: 'ts-conduct-title' }, t('ui.conduct.title')),
      h('p', { id: 'ts-conduct-intro' }, conduct.version > 0 && conduct.scope !== 'BUILT_IN'
        ? t('ui.conduct.intro-version', conduct.version) : t('ui.conduct.intro')),
      trustedHtml(h('div', { class: 'ts-conduct-body' }), conduct.html),
      error,
      h('p', {},
        h('button', { type: 'button', id: 'ts-conduct-accept', onclick: async () => {
          try {
            await api(`/api/spaces/${spaceId}/conduct/acceptance`, { method: 'POST', body: { scopeId: conduct.scopeId, version: conduct.version } });
            accepted.add(spaceId);
            close(true);
          } catch (err) {
            // The code changed while it was open: show the new one.
            if (err.status === 409) { close(false); ensureConduct(spaceId).then(resolve); } else error.textContent = err.message;
          }
        } }, t('ui.conduct.accept')), ' ',
        h('button', { type: 'button', class: 'ts-secondary', id: 'ts-conduct-later', onclick: () => close(false) }, t('ui.conduct.later'))));
    document.body.append(dialog);
    dialog.showModal();
    document.getElementById('ts-conduct-accept').focus();
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
