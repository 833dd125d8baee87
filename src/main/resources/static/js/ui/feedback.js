// Feedback that stays where the person is looking: a button that shows its request is under way
// (and cannot be sent twice), an error next to the control that caused it, a confirmation next to
// the action that gave none, an inline "are you sure?", and the empty state of a list.
//
// Inside an LMS iframe that the tool sizes to its content, the frame's own viewport is the whole
// page, so nothing here uses fixed positions or toasts: messages go into the flow, next to the
// control, in live regions that screen readers announce.

import { ApiError } from '../api.js';
import { t, has } from '../i18n.js';
import { h } from '../dom.js';

// Runs `work` while `control` (a button, or the submit button of a form) shows that it is busy:
// aria-disabled (it keeps focus, unlike `disabled`), a spinner, and a second click does nothing.
// Returns what `work` returns; undefined when the control was already busy.
export async function busy(control, work) {
  const button = control instanceof HTMLFormElement ? submitterOf(control) : control;
  if (!button || button.getAttribute('aria-disabled') === 'true') return undefined;
  button.setAttribute('aria-disabled', 'true');
  button.classList.add('ts-busy');
  try {
    return await work();
  } finally {
    button.removeAttribute('aria-disabled');
    button.classList.remove('ts-busy');
  }
}

function submitterOf(form) {
  return form.querySelector('button[type="submit"], button:not([type])');
}

// The words for a refused request: the UI's own sentence for the problem when it has one
// (ui.problem.<code>, in the person's language), else what the server said.
export function problemText(error) {
  if (error instanceof ApiError) {
    if (error.code && has(`ui.problem.${error.code}`)) return t(`ui.problem.${error.code}`);
    if (error.status >= 500 || !error.problem.detail) return t('ui.problem.unexpected');
  }
  return error && error.message ? error.message : String(error);
}

// Where a message about `control` goes: right after it, or after its row of buttons (a message
// inside a row would sit between two buttons), or after the editor it belongs to.
function anchorOf(control) {
  const editor = control.closest('.ts-editor');
  if (editor) return editor;
  const row = control.parentElement;
  return row && (row.classList.contains('ts-actions') || row.classList.contains('ts-row')) ? row : control;
}

function errorId(control) {
  if (!control.id) control.id = `ts-control-${Math.random().toString(36).slice(2, 9)}`;
  return `${control.id}-error`;
}

// Shows `error` (an Error or a sentence) right after `control` and ties them together
// (aria-describedby, aria-invalid on fields), so the message is read with the control.
export function fieldError(control, error) {
  const id = errorId(control);
  let message = document.getElementById(id);
  if (!message) {
    message = h('p', { id, class: 'ts-field-error', role: 'alert' });
    anchorOf(control).after(message);
  }
  message.textContent = typeof error === 'string' ? error : problemText(error);
  const described = new Set((control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean));
  described.add(id);
  control.setAttribute('aria-describedby', [...described].join(' '));
  if (/^(INPUT|TEXTAREA|SELECT)$/.test(control.tagName)) control.setAttribute('aria-invalid', 'true');
  return message;
}

export function clearFieldError(control) {
  if (!control.id) return;
  const id = `${control.id}-error`;
  const message = document.getElementById(id);
  if (message) message.remove();
  const described = (control.getAttribute('aria-describedby') || '').split(' ').filter((d) => d && d !== id);
  if (described.length) control.setAttribute('aria-describedby', described.join(' '));
  else control.removeAttribute('aria-describedby');
  control.removeAttribute('aria-invalid');
}

// A confirmation for an action that changes nothing visible by itself ("Note sent"), said in a
// status region right after `anchor` (made once, reused). tone: success, info or error.
export function say(anchor, text, { tone = 'success' } = {}) {
  const id = `${anchor.id || errorId(anchor).replace(/-error$/, '')}-said`;
  let region = document.getElementById(id);
  if (!region) {
    region = h('p', { id, class: 'ts-said', role: 'status' });
    anchorOf(anchor).after(region);
  }
  region.className = `ts-said ts-tone-${tone}`;
  region.textContent = text;
  return region;
}

// "Are you sure?" asked inline, next to the control, instead of window.confirm (which an LMS
// iframe may block, and which shows far from the post it is about). Resolves true or false; focus
// moves to the question's confirm button, and back to the control afterwards.
export function confirmInline(control, { question, confirm, cancel = t('ui.cancel'), danger = false }) {
  return new Promise((resolve) => {
    const existing = control.parentElement && control.parentElement.querySelector(':scope > .ts-confirm');
    if (existing) existing.remove();
    const done = (answer) => {
      box.remove();
      if (control.isConnected) control.focus();
      resolve(answer);
    };
    const yes = h('button', { type: 'button', class: danger ? 'ts-danger' : '', onclick: () => done(true) }, confirm);
    const no = h('button', { type: 'button', class: 'ts-secondary', onclick: () => done(false) }, cancel);
    const box = h('div', { class: 'ts-confirm', role: 'group', 'aria-label': question,
      onkeydown: (e) => { if (e.key === 'Escape') { e.preventDefault(); done(false); } } },
    h('p', {}, question), yes, no);
    control.after(box);
    yes.focus();
  });
}

// What an empty list says, with what to do about it (an optional link or button).
export function emptyState(text, action = null) {
  return h('div', { class: 'ts-empty' }, h('p', {}, text), action);
}
