// A small Markdown toolbar for a textarea: bold, italic, link, quote, code and list, each also on
// a shortcut in the text (Ctrl/⌘+B, I, K, E). A toolbar in the ARIA sense: one tab stop, arrow keys
// move between its buttons. Edits go through insertText, so the browser's undo still works.

import { t } from '../i18n.js';
import { h } from '../dom.js';

function replaceSelection(textarea, text, selectFrom, selectTo) {
  const start = textarea.selectionStart;
  textarea.focus();
  if (!document.execCommand || !document.execCommand('insertText', false, text)) {
    textarea.setRangeText(text, start, textarea.selectionEnd, 'end');
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }
  if (selectFrom !== undefined) textarea.setSelectionRange(start + selectFrom, start + selectTo);
}

// **selection**, or **text** with "text" selected when nothing was.
function wrap(textarea, marker, placeholder) {
  const selected = textarea.value.slice(textarea.selectionStart, textarea.selectionEnd);
  const inner = selected || placeholder;
  replaceSelection(textarea, `${marker}${inner}${marker}`, marker.length, marker.length + inner.length);
}

// Each line of the selection (or the current line) starts with `prefix`.
function prefixLines(textarea, prefix) {
  const { value } = textarea;
  const lineStart = value.lastIndexOf('\n', textarea.selectionStart - 1) + 1;
  let lineEnd = value.indexOf('\n', textarea.selectionEnd);
  if (lineEnd < 0) lineEnd = value.length;
  textarea.setSelectionRange(lineStart, lineEnd);
  const lines = value.slice(lineStart, lineEnd).split('\n');
  const text = lines.map((line, i) => (typeof prefix === 'function' ? prefix(i) : prefix) + line).join('\n');
  replaceSelection(textarea, text, text.length, text.length);
}

const ACTIONS = {
  bold: { key: 'b', run: (ta) => wrap(ta, '**', t('ui.toolbar.bold-text')) },
  italic: { key: 'i', run: (ta) => wrap(ta, '_', t('ui.toolbar.italic-text')) },
  link: { key: 'k', run: (ta) => {
    const label = ta.value.slice(ta.selectionStart, ta.selectionEnd) || t('ui.toolbar.link-text');
    const text = `[${label}](https://)`;
    replaceSelection(ta, text, label.length + 3, label.length + 11);
  } },
  quote: { run: (ta) => prefixLines(ta, '> ') },
  code: { key: 'e', run: (ta) => {
    const selected = ta.value.slice(ta.selectionStart, ta.selectionEnd);
    if (selected.includes('\n')) replaceSelection(ta, `\n\`\`\`\n${selected}\n\`\`\`\n`);
    else wrap(ta, '`', t('ui.toolbar.code-text'));
  } },
  list: { run: (ta) => prefixLines(ta, '- ') },
};

const SHORTCUT = navigator.platform && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function markdownToolbar(textarea) {
  const buttons = Object.entries(ACTIONS).map(([name, action], i) => h('button', { type: 'button', class: `ts-tool-${name}`,
    tabindex: i === 0 ? '0' : '-1', 'aria-label': t(`ui.toolbar.${name}`),
    title: action.key ? `${t(`ui.toolbar.${name}`)} (${SHORTCUT}${action.key.toUpperCase()})` : t(`ui.toolbar.${name}`),
    'aria-keyshortcuts': action.key ? `Control+${action.key.toUpperCase()}` : null,
    dataset: { tool: name }, onclick: () => action.run(textarea) }, t(`ui.toolbar.${name}.glyph`)));
  const toolbar = h('div', { role: 'toolbar', class: 'ts-toolbar', 'aria-label': t('ui.toolbar.label'), 'aria-controls': textarea.id },
    buttons.slice(0, 3), h('span', { class: 'ts-toolbar-sep', 'aria-hidden': 'true' }), buttons.slice(3));
  toolbar.addEventListener('keydown', (e) => {
    const at = buttons.indexOf(document.activeElement);
    if (at < 0) return;
    let next = null;
    if (e.key === 'ArrowRight') next = (at + 1) % buttons.length;
    else if (e.key === 'ArrowLeft') next = (at - 1 + buttons.length) % buttons.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = buttons.length - 1;
    if (next === null) return;
    e.preventDefault();
    buttons.forEach((b, i) => b.setAttribute('tabindex', i === next ? '0' : '-1'));
    buttons[next].focus();
  });
  textarea.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
    const entry = Object.values(ACTIONS).find((a) => a.key === e.key.toLowerCase());
    if (entry) { e.preventDefault(); entry.run(textarea); }
  });
  return toolbar;
}
