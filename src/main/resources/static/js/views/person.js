import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { when, roleName } from '../format.js';
import { avatar } from '../ui/avatar.js';
import { busy, emptyState, fieldError, clearFieldError, say } from '../ui/feedback.js';
import { downloadFile } from '../ui/download.js';

export async function personView(ctx, personId, spaceId) {
  const card = await api(`/api/people/${personId}${spaceId ? `?space=${spaceId}` : ''}`);
  let editForm = null;
  if (card.isMe) {
    const headline = h('input', { type: 'text', id: 'card-headline', maxlength: '200' });
    headline.value = card.headline || '';
    const about = h('textarea', { id: 'card-about', rows: '4', maxlength: '2000' });
    about.value = card.about || '';
    const email = h('input', { type: 'checkbox', id: 'card-email', checked: Boolean(card.showsEmail) });
    // Only when the LMS shares no name: otherwise the LMS's name is the one shown.
    const name = card.mayChooseName ? h('input', { type: 'text', id: 'card-name', maxlength: '80', autocomplete: 'nickname',
      'aria-describedby': 'card-name-hint' }) : null;
    if (name) name.value = card.chosenName || '';
    // The e-mail digest: how often, and why none can come (no address from the LMS, no mail server).
    const digest = await api('/api/me/digest');
    const frequency = h('select', { id: 'card-digest', 'aria-describedby': 'card-digest-hint' },
      ['WEEKLY', 'DAILY', 'OFF'].map((f) => h('option', { value: f, selected: digest.frequency === f }, t(`ui.person.digest.${f}`))));
    const digestHint = h('p', { id: 'card-digest-hint', class: 'ts-meta' }, !digest.mailEnabled ? t('ui.person.digest.no-mail')
      : !digest.hasEmail ? t('ui.person.digest.no-email') : t('ui.person.digest.hint'));
    const save = h('button', { type: 'submit', id: 'ts-save-card' }, t('ui.save'));
    editForm = h('form', { class: 'ts-card', 'aria-labelledby': 'ts-my-card', onsubmit: (e) => {
      e.preventDefault();
      clearFieldError(save);
      busy(save, async () => {
        try {
          if (name) {
            await api('/api/me/name', { method: 'PUT', body: { name: name.value } });
            const shown = await api(`/api/people/${personId}`);
            document.getElementById('person-name').textContent = shown.name;
          }
          await api('/api/me/card', { method: 'PUT', body: { headline: headline.value, about: about.value, showEmail: email.checked } });
          await api('/api/me/digest', { method: 'PUT', body: { frequency: frequency.value } });
          say(save, t('ui.saved'));
        } catch (err) { fieldError(save, err); }
      });
    } }, h('h2', { id: 'ts-my-card' }, t('ui.person.my-card')),
      name ? h('label', { for: 'card-name' }, t('ui.person.name')) : null, name,
      name ? h('p', { id: 'card-name-hint', class: 'ts-meta' }, card.chosenName ? t('ui.person.name-chosen-hint') : t('ui.person.name-hint', card.name)) : null,
      h('label', { for: 'card-headline' }, t('ui.person.headline')), headline,
      h('label', { for: 'card-about' }, t('ui.person.about')), about,
      h('p', {}, email, ' ', h('label', { for: 'card-email', class: 'ts-inline' }, t('ui.person.show-email'))),
      h('label', { for: 'card-digest' }, t('ui.person.digest')), frequency, digestHint,
      h('div', { class: 'ts-actions' }, save));
  }
  let myData = null;
  if (card.isMe) {
    const download = h('button', { type: 'button', class: 'ts-secondary', id: 'ts-download-my-data' }, t('ui.person.download-data'));
    download.addEventListener('click', () => downloadFile('/api/me/data', `thirdspace-data-${card.id}.zip`, download));
    myData = h('section', { class: 'ts-card', 'aria-labelledby': 'ts-my-data' }, h('h2', { id: 'ts-my-data' }, t('ui.person.my-data')),
      h('p', {}, t('ui.person.my-data-text')), h('div', { class: 'ts-actions' }, download));
  }
  replace(ctx.main,
    h('section', { class: 'ts-card ts-person', 'aria-labelledby': 'person-name' },
      h('div', { class: 'ts-byline' }, avatar({ id: card.id, name: card.name, picture: card.picture, size: 'lg' }),
        h('h1', { id: 'person-name' }, card.name)),
      card.headline ? h('p', { class: 'ts-purpose' }, card.headline) : null,
      card.roleInSpace ? h('p', { class: 'ts-meta' }, roleName(card.roleInSpace)) : null,
      card.about ? h('p', {}, card.about) : null,
      card.email ? h('p', {}, h('a', { href: `mailto:${card.email}` }, card.email)) : null),
    editForm,
    myData,
    h('section', { class: 'ts-section', 'aria-labelledby': 'person-wrote' }, h('h2', { id: 'person-wrote' }, t('ui.person.wrote')),
      card.recent.length ? h('ul', { class: 'ts-threads' }, card.recent.map((w) => h('li', { class: 'ts-thread' },
        h('div', { class: 'ts-thread-main' },
          h('a', { href: `#/threads/${w.threadId}`, class: `ts-thread-title${w.threadTitle == null ? ' ts-muted' : ''}` },
            w.threadTitle ?? t('ui.thread.hidden-title')), h('p', { class: 'ts-meta' }, when(w.createdAt)),
          h('p', {}, w.excerpt)))))
        : emptyState(t('ui.person.nothing'))));
}
