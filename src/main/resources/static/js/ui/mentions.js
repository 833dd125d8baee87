// Mentions typed in the text: "@" followed by letters opens a list of the space's members whose
// names match; arrows move through it, Enter or Tab inserts the chosen member as the mention the
// server understands, [@Name](mention:<id>), Escape closes it. Text typed after "@" that is not
// chosen from the list stays plain text (nobody is notified).
//
// ARIA: the textarea keeps its textbox role (ARIA in HTML allows no combobox role on a textarea)
// and carries the combobox/listbox wiring a textbox may have: aria-autocomplete="list",
// aria-controls and aria-activedescendant pointing into a role=listbox of role=option items; a
// polite status says how many members match and how to choose.

import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { avatar } from './avatar.js';

// "@", then up to two words of a name, right before the caret, after a space or at the start.
const TRIGGER = /(?:^|[\s([{"'«„])@([\p{L}\p{M}'’.-]{0,30}(?: [\p{L}\p{M}'’.-]{0,30})?)$/u;

// search(query) → Promise<[{ personId, name, picture }]>; `me` (the writer) is not offered.
export function mentionAutocomplete(textarea, { search, status, me = null }) {
  const listId = `${textarea.id}-mentions`;
  const list = h('ul', { role: 'listbox', id: listId, class: 'ts-mention-list', hidden: true, 'aria-label': t('ui.editor.mention-list') });
  let options = [];
  let active = -1;
  let at = -1;          // where the "@" of the mention being typed is
  let dismissedAt = -1; // Escape closes the list for this "@" until something else is typed
  let asked = 0;
  let timer = null;

  const open = () => !list.hidden;

  function close() {
    list.hidden = true;
    options = [];
    active = -1;
    textarea.removeAttribute('aria-activedescendant');
    textarea.removeAttribute('aria-controls');
  }

  function highlight(index) {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    const chosen = list.children[index];
    if (chosen) {
      textarea.setAttribute('aria-activedescendant', chosen.id);
      chosen.scrollIntoView({ block: 'nearest' });
    }
  }

  // Just under the line being typed, where the caret is (a hidden copy of the text measures it).
  function place() {
    const style = getComputedStyle(textarea);
    const mirror = h('div', {});
    for (const property of ['boxSizing', 'width', 'fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing', 'paddingTop',
      'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderLeftWidth', 'borderRightWidth', 'tabSize']) {
      mirror.style[property] = style[property];
    }
    Object.assign(mirror.style, { position: 'absolute', visibility: 'hidden', whiteSpace: 'pre-wrap', overflowWrap: 'break-word', top: '0', left: '-9999px' });
    mirror.textContent = textarea.value.slice(0, at);
    const marker = h('span', {}, '@');
    mirror.append(marker);
    document.body.append(mirror);
    const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
    const top = textarea.offsetTop + marker.offsetTop - textarea.scrollTop + lineHeight + 4;
    const width = list.offsetWidth || 240;
    const left = Math.max(0, Math.min(textarea.offsetLeft + marker.offsetLeft, textarea.offsetLeft + textarea.clientWidth - width));
    mirror.remove();
    list.style.top = `${Math.round(top)}px`;
    list.style.left = `${Math.round(left)}px`;
  }

  function show(members, query) {
    options = members;
    if (!members.length) {
      close();
      status.textContent = query ? t('ui.editor.mention-none', query) : '';
      return;
    }
    replace(list, members.map((m, i) => h('li', { role: 'option', id: `${listId}-${i}`, 'aria-selected': 'false', dataset: { person: m.personId },
      onmousedown: (e) => { e.preventDefault(); choose(i); } },
    avatar({ id: m.personId, name: m.name, picture: m.picture, size: 'sm' }), h('span', {}, m.name))));
    list.hidden = false;
    place();
    textarea.setAttribute('aria-controls', listId);
    highlight(0);
    status.textContent = t('ui.editor.mention-found', members.length);
  }

  // The "@query" right before the caret, or null.
  function typed() {
    if (textarea.selectionStart !== textarea.selectionEnd) return null;
    const before = textarea.value.slice(0, textarea.selectionStart);
    const m = TRIGGER.exec(before);
    if (!m) return null;
    return { at: before.length - m[1].length - 1, query: m[1] };
  }

  function update() {
    const found = typed();
    if (!found || found.at === dismissedAt) { at = -1; close(); return; }
    if (found.at !== at) dismissedAt = -1;
    at = found.at;
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const ask = ++asked;
      try {
        const members = await search(found.query);
        if (ask === asked && at === found.at) show(members.filter((m) => m.personId !== me).slice(0, 8), found.query);
      } catch (e) {
        close();
      }
    }, 120);
  }

  function choose(index) {
    const member = options[index];
    if (!member || at < 0) return;
    const text = `[@${member.name.replace(/[[\]]/g, '')}](mention:${member.personId}) `;
    textarea.focus();
    textarea.setSelectionRange(at, textarea.selectionStart);
    // insertText keeps the browser's undo history; setRangeText is the fallback.
    if (!document.execCommand || !document.execCommand('insertText', false, text)) {
      textarea.setRangeText(text, at, textarea.selectionEnd, 'end');
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    }
    close();
    at = -1;
    status.textContent = t('ui.editor.mentioned', member.name);
  }

  textarea.setAttribute('aria-autocomplete', 'list');
  window.addEventListener('resize', () => { if (open() && textarea.isConnected) place(); });
  textarea.addEventListener('input', update);
  textarea.addEventListener('click', update);
  textarea.addEventListener('blur', () => setTimeout(close, 150));
  textarea.addEventListener('keydown', (e) => {
    if (!open()) return;
    if (e.key === 'ArrowDown') { e.preventDefault(); highlight((active + 1) % options.length); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); highlight((active - 1 + options.length) % options.length); }
    else if (e.key === 'Enter' || e.key === 'Tab') { e.preventDefault(); choose(active); }
    else if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); dismissedAt = at; close(); status.textContent = ''; }
  });
  textarea.addEventListener('keyup', (e) => {
    if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) update();
  });
  return { list };
}
