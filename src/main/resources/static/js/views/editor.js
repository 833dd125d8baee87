import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { trustedHtml } from '../format.js';

// A Markdown field with a preview (the server renders exactly what the post will show) and a way
// to mention members of the space.
export function editor({ spaceId, label, id, value = '' }) {
  const textarea = h('textarea', { id, name: 'body', rows: '7', required: true, maxlength: '20000' });
  textarea.value = value;
  const preview = h('div', { class: 'ts-preview ts-post-body', 'aria-live': 'polite', hidden: true });
  const status = h('p', { class: 'ts-muted', role: 'status' });
  const results = h('ul', { class: 'ts-mention-results' });
  const find = h('input', { type: 'search', 'aria-label': t('ui.editor.mention-search') });
  const mentionBox = h('div', { class: 'ts-mention-box', hidden: true }, find, results);

  find.addEventListener('input', async () => {
    const members = find.value.trim() ? await api(`/api/spaces/${spaceId}/members?q=${encodeURIComponent(find.value.trim())}`) : [];
    replace(results, members.map((m) => h('li', {}, h('button', { type: 'button', class: 'ts-secondary', onclick: () => {
      const insert = `[@${m.name}](mention:${m.personId}) `;
      const at = textarea.selectionStart || textarea.value.length;
      textarea.value = textarea.value.slice(0, at) + insert + textarea.value.slice(at);
      mentionBox.hidden = true;
      textarea.focus();
    } }, m.name))));
  });

  const element = h('div', { class: 'ts-editor' },
    h('label', { for: id }, label),
    h('p', { class: 'ts-muted', id: `${id}-hint` }, t('ui.editor.hint')),
    textarea,
    h('div', { class: 'ts-editor-actions' },
      h('button', { type: 'button', class: 'ts-secondary', onclick: async () => {
        status.textContent = '';
        try {
          const result = await api('/api/preview', { method: 'POST', body: { spaceId, body: textarea.value } });
          trustedHtml(preview, result.html);
          preview.hidden = false;
        } catch (e) { status.textContent = e.message; }
      } }, t('ui.editor.preview')),
      h('button', { type: 'button', class: 'ts-secondary', onclick: () => { mentionBox.hidden = !mentionBox.hidden; if (!mentionBox.hidden) find.focus(); } },
        t('ui.editor.mention'))),
    mentionBox, status, preview);
  textarea.setAttribute('aria-describedby', `${id}-hint`);
  return { element, value: () => textarea.value, clear: () => { textarea.value = ''; preview.hidden = true; } };
}
