import { api } from '../api.js';
import { t, has } from '../i18n.js';
import { h } from '../dom.js';
import { when } from '../format.js';
import { emptyState } from '../ui/feedback.js';
import { consolePage } from './console.js';

// The audit log: administrative changes, platform registration decisions and moderation actions,
// filtered by who, what and when. The filters live in the page's address (#/admin/audit?who=…),
// so a filtered view can be reloaded and shared with another administrator.

const KINDS = ['', 'registration', 'admin', 'moderation'];

// An action in words: moderation actions have their sentence already; admin ones have theirs
// under ui.console.audit.action.*; an action without one shows its code.
function actionText(action) {
  if (action.startsWith('moderation.')) return t(`ui.moderation.action.${action.slice('moderation.'.length).toUpperCase()}`);
  const key = `ui.console.audit.action.${action}`;
  return has(key) ? t(key) : action;
}

function filters(ctx, access) {
  const p = ctx.params;
  const who = h('input', { type: 'text', id: 'ts-audit-who', name: 'who', maxlength: '200', autocomplete: 'off' });
  who.value = p.get('who') || '';
  const what = h('select', { id: 'ts-audit-what', name: 'what' },
    KINDS.map((k) => h('option', { value: k, selected: (p.get('what') || '') === k }, t(`ui.console.audit.what.${k || 'all'}`))));
  const from = h('input', { type: 'date', id: 'ts-audit-from', name: 'from' });
  from.value = p.get('from') || '';
  const to = h('input', { type: 'date', id: 'ts-audit-to', name: 'to' });
  to.value = p.get('to') || '';
  const organisation = access.operator ? h('select', { id: 'ts-audit-organisation', name: 'organisation' },
    h('option', { value: '' }, t('ui.console.audit.all-organisations')),
    access.organisations.map((o) => h('option', { value: o.id, selected: p.get('organisation') === o.id }, o.name || o.id))) : null;
  const field = (id, label, control) => h('div', {}, h('label', { for: id }, label), control);
  return h('form', { class: 'ts-card', role: 'search', 'aria-label': t('ui.console.audit.filters'), onsubmit: (e) => {
    e.preventDefault();
    const query = new URLSearchParams();
    [who, what, from, to, organisation].filter(Boolean).forEach((c) => { if (c.value.trim()) query.set(c.name, c.value.trim()); });
    location.hash = `#/admin/audit${query.toString() ? `?${query}` : ''}`;
  } },
  h('div', { class: 'ts-console-filters' },
    organisation ? field('ts-audit-organisation', t('ui.console.organisation'), organisation) : null,
    field('ts-audit-who', t('ui.console.audit.who'), who),
    field('ts-audit-what', t('ui.console.audit.what'), what),
    field('ts-audit-from', t('ui.console.audit.from'), from),
    field('ts-audit-to', t('ui.console.audit.to'), to)),
  h('div', { class: 'ts-actions' }, h('button', { type: 'submit', id: 'ts-audit-filter' }, t('ui.console.audit.apply')),
    h('a', { href: '#/admin/audit' }, t('ui.console.audit.clear'))));
}

export async function auditView(ctx) {
  await consolePage(ctx, 'audit', t('ui.console.audit.title'), async (access) => {
    const query = new URLSearchParams();
    ['who', 'what', 'from', 'to', 'organisation'].forEach((k) => { if (ctx.params.get(k)) query.set(k, ctx.params.get(k)); });
    const items = await api(`/api/admin/audit/log?${query}`);
    return [
      filters(ctx, access),
      h('p', { role: 'status' }, t('ui.console.audit.count', items.length)),
      // A box that scrolls sideways on a phone: focusable and named, so it can be scrolled with the keyboard.
      items.length ? h('div', { class: 'ts-table-box', tabindex: '0', role: 'region', 'aria-label': t('ui.console.audit.caption') }, h('table', { class: 'ts-table', id: 'ts-audit-table' },
        h('caption', {}, t('ui.console.audit.caption')),
        h('thead', {}, h('tr', {}, ['when', 'who', 'what', 'target', 'detail'].map((k) => h('th', { scope: 'col' }, t(`ui.console.audit.col.${k}`))))),
        h('tbody', {}, items.map((i) => h('tr', { dataset: { kind: i.kind } },
          h('td', {}, h('time', { datetime: i.at }, when(i.at))),
          h('td', {}, i.actor === 'bootstrap-admin' ? t('ui.console.operator') : i.actor),
          h('td', {}, h('span', { class: 'ts-badge ts-muted' }, t(`ui.console.audit.what.${i.kind}`)), ' ', actionText(i.action)),
          h('td', { class: 'ts-code' }, i.target || ''),
          h('td', {}, i.detail || '')))))) : emptyState(t('ui.console.audit.none')),
    ];
  });
}
