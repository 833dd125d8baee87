import { api } from '../api.js';
import { t } from '../i18n.js';
import { h } from '../dom.js';
import { trustedHtml } from '../format.js';
import { busy, fieldError, clearFieldError } from '../ui/feedback.js';
import { markdownToolbar } from '../ui/markdown-toolbar.js';
import { mentionAutocomplete } from '../ui/mentions.js';

// A Markdown field: a small formatting toolbar, "@" to mention members of the space, and a
// preview (the server renders exactly what the post will show).
// labelHidden: the label is read by screen readers only (a heading above already says it).
// me: the writer's person id (not offered as a mention).
export function editor({ spaceId, label, id, value = '', rows = 7, labelHidden = false, me = null }) {
  const textarea = h('textarea', { id, name: 'body', rows: String(rows), required: true, maxlength: '20000',
    'aria-describedby': `${id}-hint` });
  textarea.value = value;
  const preview = h('div', { class: 'ts-preview ts-post-body', id: `${id}-preview`, 'aria-live': 'polite', hidden: true,
    'aria-label': t('ui.editor.preview') });
  const status = h('p', { class: 'ts-visually-hidden', role: 'status', id: `${id}-status` });
  const mentions = mentionAutocomplete(textarea, {
    search: (query) => api(`/api/spaces/${spaceId}/members?q=${encodeURIComponent(query)}`, { quiet: true }),
    status,
    me,
  });
  const previewButton = h('button', { type: 'button', class: 'ts-secondary', id: `${id}-preview-button`, 'aria-controls': `${id}-preview`,
    onclick: () => busy(previewButton, async () => {
      clearFieldError(previewButton);
      try {
        const result = await api('/api/preview', { method: 'POST', body: { spaceId, body: textarea.value } });
        trustedHtml(preview, result.html);
        preview.hidden = false;
      } catch (e) { fieldError(previewButton, e); }
    }) }, t('ui.editor.preview'));
  const draftNote = h('span', { class: 'ts-draft-note', id: `${id}-draft` });
  const element = h('div', { class: 'ts-editor' },
    h('label', { for: id, class: labelHidden ? 'ts-visually-hidden' : null }, label),
    h('p', { class: 'ts-hint', id: `${id}-hint` }, t('ui.editor.hint')),
    h('div', { class: 'ts-editor-box' }, markdownToolbar(textarea), textarea, mentions.list),
    status,
    h('div', { class: 'ts-editor-actions' }, previewButton, draftNote),
    preview);
  return {
    element,
    textarea,
    value: () => textarea.value,
    clear: () => { textarea.value = ''; preview.hidden = true; draftNote.textContent = ''; },
    // Called by the draft keeper: say that what is typed is kept.
    drafted: (restored) => { draftNote.textContent = restored ? t('ui.editor.draft-restored') : t('ui.editor.draft-saved'); },
  };
}
