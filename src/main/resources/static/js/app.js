import { api, startSession, keepSessionAlive, ApiError } from './api.js';
import { loadStrings, t } from './i18n.js';
import { h, replace } from './dom.js';

const main = () => document.getElementById('main');

function signedOut() {
  replace(main(), h('section', { class: 'ts-card' },
    h('h1', {}, 'Please open Thirdspace from your course again'),
    h('p', {}, 'Your session has ended or this page was opened outside your LMS.')));
}

function landing(me) {
  const roles = me.roles.length ? me.roles.map((r) => t(`role.${r}`)).join(', ') : t('role.none');
  return h('section', { class: 'ts-card', 'aria-labelledby': 'welcome' },
    h('h1', { id: 'welcome' }, t('landing.welcome', me.person.name)),
    h('dl', { class: 'ts-facts' },
      h('dt', {}, t('landing.organisation')), h('dd', { 'data-field': 'organisation' }, me.organisation.name),
      h('dt', {}, t('landing.course')), h('dd', { 'data-field': 'course' }, me.course ? me.course.name : t('landing.no-course')),
      h('dt', {}, t('landing.role')), h('dd', { 'data-field': 'roles' }, roles)),
    me.organisationAdministrator ? h('p', {}, h('a', { href: '/admin' }, t('landing.admin'))) : null);
}

async function start() {
  if (!startSession()) {
    signedOut();
    return;
  }
  // The launch arrived by POST; a reload must not re-post it.
  history.replaceState(null, '', '/app');
  try {
    await loadStrings();
    // The launch page carries who the person is; a reloaded page asks the API.
    const bootstrap = document.getElementById('ts-bootstrap');
    const me = bootstrap && bootstrap.textContent.trim() ? JSON.parse(bootstrap.textContent) : await api('/api/me');
    if (bootstrap) bootstrap.remove();
    replace(main(), landing(me));
    keepSessionAlive();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) signedOut();
    else replace(main(), h('p', { role: 'alert' }, e.message));
  }
}

start();
