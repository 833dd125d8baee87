import { api, startSession, keepSessionAlive, endSession, ApiError } from './api.js';
import { loadStrings, t } from './i18n.js';
import { h, replace } from './dom.js';
import { route, navigate, onRoute } from './router.js';
import { spaceView } from './views/space.js';
import { threadView } from './views/thread.js';
import { composeView } from './views/compose.js';
import { searchView } from './views/search.js';
import { tagView } from './views/tag.js';
import { personView } from './views/person.js';
import { notificationsView } from './views/notifications.js';
import { setupView, chooseView } from './views/setup.js';
import { deepLinkingView } from './views/deep-linking.js';
import { moderationQueueView, moderationCaseView, myReportsView, organisationModerationView } from './views/moderation.js';

const state = { me: null, destination: null, spaceId: null, deepLinking: null };
const DEEP_LINKING = 'thirdspace.deep-linking';

function signedOut(byChoice = false) {
  replace(document.getElementById('app'), h('main', { id: 'main', class: 'ts-main' },
    h('section', { class: 'ts-card' },
      h('h1', {}, t(byChoice ? 'ui.signed-out.done.title' : 'ui.signed-out.title')),
      h('p', {}, t(byChoice ? 'ui.signed-out.done.text' : 'ui.signed-out.text')))));
}

async function signOut() {
  try { await endSession(); } catch (e) { /* ended or expired already: signed out either way */ }
  signedOut(true);
}

function header() {
  const search = h('input', { type: 'search', name: 'q', id: 'ts-search', 'aria-label': t('ui.search.label'),
    placeholder: t('ui.search.placeholder') });
  const form = h('form', { role: 'search', class: 'ts-search', onsubmit: (e) => {
    e.preventDefault();
    if (search.value.trim()) navigate(`#/search?q=${encodeURIComponent(search.value.trim())}`);
  } }, search, h('button', { type: 'submit' }, t('ui.search.button')));
  const mentions = h('a', { href: '#/mentions', id: 'ts-mentions-link' }, t('ui.nav.mentions'));
  return h('header', { class: 'ts-header' },
    h('nav', { 'aria-label': t('ui.nav.label') },
      state.spaceId ? h('a', { href: `#/spaces/${state.spaceId}` }, t('ui.nav.space')) : null,
      mentions,
      h('a', { href: '#/reports' }, t('ui.nav.reports')),
      state.me.organisationAdministrator ? h('a', { href: '#/organisation/moderation' }, t('ui.nav.organisation')) : null,
      h('a', { href: `#/people/${state.me.person.id}` }, state.me.person.name),
      h('button', { type: 'button', class: 'ts-link', id: 'ts-sign-out', onclick: signOut }, t('ui.nav.sign-out'))),
    form);
}

async function refreshUnread() {
  try {
    const page = await api('/api/notifications?mentions=false');
    const link = document.getElementById('ts-mentions-link');
    if (link && page.unread > 0) link.textContent = `${t('ui.nav.mentions')} (${page.unread})`;
  } catch (e) { /* the count is a nicety */ }
}

async function render() {
  const { path, params } = route();
  const main = h('main', { id: 'main', class: 'ts-main', tabindex: '-1' });
  replace(document.getElementById('app'), h('a', { class: 'ts-skip', href: '#main' }, t('ui.skip')), header(), main);
  const ctx = { main, me: state.me, params, setSpace: (id) => { state.spaceId = id; } };
  const parts = path.split('/').filter(Boolean);
  try {
    if (parts[0] === 'spaces' && parts[2] === 'new-thread') await composeView(ctx, parts[1]);
    else if (parts[0] === 'spaces' && parts[2] === 'moderation') await moderationQueueView(ctx, parts[1]);
    else if (parts[0] === 'moderation' && parts[1] === 'cases' && parts[2]) await moderationCaseView(ctx, parts[2]);
    else if (parts[0] === 'reports') await myReportsView(ctx);
    else if (parts[0] === 'organisation' && parts[1] === 'moderation') await organisationModerationView(ctx);
    else if (parts[0] === 'spaces' && parts[1]) { state.spaceId = parts[1]; await spaceView(ctx, parts[1]); }
    else if (parts[0] === 'threads' && parts[1]) await threadView(ctx, parts[1]);
    else if (parts[0] === 'search') await searchView(ctx, params);
    else if (parts[0] === 'tags' && parts[1]) await tagView(ctx, decodeURIComponent(parts[1]));
    else if (parts[0] === 'people' && parts[1]) await personView(ctx, parts[1], state.spaceId);
    else if (parts[0] === 'mentions') await notificationsView(ctx);
    else if (parts[0] === 'setup') await setupView(ctx, state.destination);
    else if (parts[0] === 'choose') chooseView(ctx, state.destination);
    else if (parts[0] === 'deep-linking' && state.deepLinking) await deepLinkingView(ctx, state.deepLinking);
    else home();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) { signedOut(); return; }
    replace(main, h('section', { class: 'ts-card', role: 'alert' }, h('h1', {}, t('ui.error.title')), h('p', {}, e.message)));
  }
  const heading = main.querySelector('h1');
  if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus({ preventScroll: true }); }
  refreshUnread();
}

function home() {
  if (state.deepLinking) { navigate('#/deep-linking', true); return; }
  const d = state.destination;
  if (d && d.spaceId) { state.spaceId = d.spaceId; navigate(`#/spaces/${d.spaceId}`, true); return; }
  if (d && d.choices && d.choices.length) { navigate('#/choose', true); return; }
  navigate('#/setup', true);
}

async function start() {
  if (!startSession()) { await loadStrings(); signedOut(); return; }
  history.replaceState(null, '', `/app${location.hash}`);
  try {
    await loadStrings();
    // The launch page carries who the person is and where the launch leads; a reloaded page asks.
    const bootstrap = document.getElementById('ts-bootstrap');
    const data = bootstrap && bootstrap.textContent.trim() ? JSON.parse(bootstrap.textContent) : null;
    if (bootstrap) bootstrap.remove();
    state.me = data ? data.me : await api('/api/me');
    // A deep-linking launch opens the designer page; the request id survives a reload of the tab.
    if (data) sessionStorage.setItem(DEEP_LINKING, data.deepLinking || '');
    state.deepLinking = sessionStorage.getItem(DEEP_LINKING) || null;
    state.destination = state.deepLinking ? null
      : data && data.destination !== undefined ? data.destination : await api('/api/launch/destination');
    if (state.destination && state.destination.spaceId) state.spaceId = state.destination.spaceId;
    sessionStorage.setItem('thirdspace.locale', document.documentElement.lang);
    keepSessionAlive();
    onRoute(() => render());
    render();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) signedOut();
    else replace(document.getElementById('app'), h('p', { role: 'alert' }, e.message));
  }
}

start();
