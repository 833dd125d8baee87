import { api, startSession, keepSessionAlive, endSession, ApiError, startOperatorSession, endOperatorSession,
  operatorCredentialInPage } from './api.js';
import { loadStrings, t } from './i18n.js';
import { h, replace } from './dom.js';
import { route, match, defineRoute, navigate, onRoute } from './router.js';
import { createShell, addNavEntry } from './ui/shell.js';
import { followContentSize, scrollToTop } from './ui/frame.js';
import { problemText } from './ui/feedback.js';
import { spaceView } from './views/space.js';
import { threadView } from './views/thread.js';
import { composeView } from './views/compose.js';
import { searchView } from './views/search.js';
import { tagView } from './views/tag.js';
import { personView } from './views/person.js';
import { notificationsView } from './views/notifications.js';
import { setupView } from './views/setup.js';
import { mySpacesView, chooseView } from './views/spaces.js';
import { notFoundView } from './views/not-found.js';
import { artifactView, libraryView, placedArtifactView } from './views/artifact.js';
import { peerGroupView } from './views/peer-group.js';
import { synthesisView } from './views/synthesis.js';
import { deepLinkingView } from './views/deep-linking.js';
import { gradingView } from './views/grading.js';
import { peerGroupsView } from './views/peer-groups.js';
import { moderationQueueView, moderationCaseView, myReportsView, organisationModerationView } from './views/moderation.js';
import { consoleOverview, consoleNav, mayUseConsole, operatorSignIn } from './views/console.js';
import { platformsView, registerPlatformView } from './views/console-platforms.js';
import { spacesAdminView } from './views/console-spaces.js';
import { defaultsView } from './views/console-defaults.js';
import { auditView } from './views/console-audit.js';
import { peopleAdminView } from './views/console-people.js';
import { healthView } from './views/console-health.js';

// What the page knows across views: who the person is, where the launch led, the space they are
// in (the bar's switcher and "space home" follow it), their spaces once asked for, unread count.
const state = { me: null, destination: null, spaceId: null, spaceTitle: null, deepLinking: null, spaces: null, unread: 0,
  operator: false, console: null };
// The console's own address for the operator (the bootstrap credential); a launch opens /app. The
// emulator opens it as the operator from /emulator/console (a form's answer, development only).
const CONSOLE_PAGE = location.pathname === '/console' || location.pathname === '/emulator/console';
const DEEP_LINKING = 'thirdspace.deep-linking';
let shell = null;
let rendering = 0;

function signedOut(byChoice = false) {
  replace(document.getElementById('app'), h('main', { id: 'main', class: 'ts-main' },
    h('section', { class: 'ts-card' },
      h('h1', {}, t(byChoice ? 'ui.signed-out.done.title' : 'ui.signed-out.title')),
      h('p', {}, t(byChoice ? 'ui.signed-out.done.text' : 'ui.signed-out.text')))));
}

async function signOut() {
  if (state.operator) { endOperatorSession(); startConsole(); return; }
  try { await endSession(); } catch (e) { /* ended or expired already: signed out either way */ }
  signedOut(true);
}

defineRoute('/', home);
defineRoute('/spaces', mySpacesView);
defineRoute('/spaces/:id/new-thread', (ctx, id) => composeView(ctx, id));
defineRoute('/spaces/:id/moderation', (ctx, id) => moderationQueueView(ctx, id));
defineRoute('/spaces/:id/grading', (ctx, id) => gradingView(ctx, id));
defineRoute('/spaces/:id/library', (ctx, id) => libraryView(ctx, id, ctx.params));
defineRoute('/spaces/:id/peer-groups', (ctx, id) => peerGroupsView(ctx, id));
defineRoute('/spaces/:id/this-week', (ctx, id) => synthesisView(ctx, id, ctx.params));
defineRoute('/spaces/:id', (ctx, id) => spaceView(ctx, id));
defineRoute('/library', (ctx) => libraryView(ctx, null, ctx.params));
defineRoute('/artifacts/:id', (ctx, id) => artifactView(ctx, id));
defineRoute('/peer-groups/:id', (ctx, id) => peerGroupView(ctx, id));
defineRoute('/placed/:id', (ctx, id) => placedArtifactView(ctx, id));
defineRoute('/threads/:id', (ctx, id) => threadView(ctx, id));
defineRoute('/moderation/cases/:id', (ctx, id) => moderationCaseView(ctx, id));
defineRoute('/reports', myReportsView);
defineRoute('/organisation/moderation', (ctx) => organisationModerationView(ctx, () => consoleNav(ctx, 'safety')));
defineRoute('/admin', consoleOverview);
defineRoute('/admin/platforms', platformsView);
defineRoute('/admin/platforms/new', registerPlatformView);
defineRoute('/admin/spaces', spacesAdminView);
defineRoute('/admin/defaults', defaultsView);
defineRoute('/admin/people', peopleAdminView);
defineRoute('/admin/health', healthView);
defineRoute('/admin/audit', auditView);
defineRoute('/search', (ctx) => searchView(ctx, ctx.params));
defineRoute('/tags/:name', (ctx, name) => tagView(ctx, name));
defineRoute('/people/:id', (ctx, id) => personView(ctx, id, state.spaceId));
defineRoute('/mentions', notificationsView);
defineRoute('/setup', setupView);
defineRoute('/choose', chooseView, { when: (s) => !!(s.destination && s.destination.choices && s.destination.choices.length) });
defineRoute('/deep-linking', (ctx) => deepLinkingView(ctx, state.deepLinking), { when: (s) => !!s.deepLinking });

addNavEntry({ id: 'ts-space-link', order: 10, label: () => t('ui.nav.space'), href: (s) => (s.spaceId ? `#/spaces/${s.spaceId}` : null),
  current: (path, s) => path === `/spaces/${s.spaceId}` });
addNavEntry({ id: 'ts-library-link', order: 15, label: () => t('ui.nav.library'),
  href: (s) => (s.spaceId ? `#/spaces/${s.spaceId}/library` : '#/library'),
  current: (path) => path === '/library' || /^\/spaces\/[^/]+\/library$/.test(path) || path.startsWith('/artifacts/') });
addNavEntry({ id: 'ts-mentions-link', order: 20, label: () => t('ui.nav.mentions'), href: () => '#/mentions',
  current: (path) => path === '/mentions', count: (s) => s.unread });
addNavEntry({ id: 'ts-reports-link', order: 30, label: () => t('ui.nav.reports'), href: () => '#/reports',
  current: (path) => path === '/reports' });
addNavEntry({ id: 'ts-organisation-link', order: 90, label: () => t('ui.nav.organisation'),
  href: (s) => (s.me && s.me.organisationAdministrator ? '#/organisation/moderation' : null), current: (path) => path === '/organisation/moderation' });
addNavEntry({ id: 'ts-console-link', order: 95, console: true, label: () => t('ui.nav.console'),
  href: (s) => (mayUseConsole(s) ? '#/admin' : null), current: (path) => path === '/admin' || path.startsWith('/admin/') });

async function refreshUnread() {
  if (state.operator) return;
  try {
    const page = await api('/api/notifications?mentions=false', { quiet: true });
    if (page.unread !== state.unread) { state.unread = page.unread; shell.update(route().path); }
  } catch (e) { /* the count is a nicety */ }
}

// Renders the view of the current route into a fresh container and swaps it in when it is ready,
// so the previous view stays (under the loading indicator) until then; a newer navigation wins.
async function render() {
  const token = ++rendering;
  const { path, params } = route();
  const view = h('div', { class: 'ts-view' });
  const after = [];
  const ctx = { main: view, me: state.me, params, state, afterRender: (fn) => after.push(fn),
    setSpace: (id, title) => { state.spaceId = id; if (title) state.spaceTitle = title; } };
  const found = match(path, state);
  try {
    if (found) await found.handler(ctx, ...found.parts);
    else notFoundView(ctx);
  } catch (e) {
    if (token !== rendering) return;
    if (e instanceof ApiError && e.status === 401) {
      if (state.operator) { endOperatorSession(); startConsole(null, t('ui.console.sign-in.refused')); } else signedOut();
      return;
    }
    if (e instanceof ApiError && (e.status === 404 || e.status === 400)) notFoundView(ctx);
    else replace(view, h('section', { class: 'ts-card', role: 'alert' }, h('h1', {}, t('ui.error.title')), h('p', {}, problemText(e))));
  }
  if (token !== rendering) return;
  if (!view.isConnected && view.childNodes.length) shell.main.replaceChildren(view);
  shell.update(path);
  const heading = view.querySelector('h1');
  document.title = heading ? `${heading.textContent} · Thirdspace` : 'Thirdspace';
  if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus({ preventScroll: true }); }
  scrollToTop();
  after.forEach((fn) => fn());
  refreshUnread();
}

function home() {
  if (state.operator) { navigate('#/admin', true); return; }
  if (state.deepLinking) { navigate('#/deep-linking', true); return; }
  const d = state.destination;
  // A link placed on a course page opens its artifact (a copied course's link too).
  if (d && d.artifactId) { navigate(`#/placed/${d.artifactId}`, true); return; }
  if (d && d.spaceId) { state.spaceId = d.spaceId; navigate(`#/spaces/${d.spaceId}`, true); return; }
  if (d && d.choices && d.choices.length) { navigate('#/choose', true); return; }
  // An administrator launching from a course without a community lands on the console, which
  // offers to start one for the course; the setup form is one link away.
  if (mayUseConsole(state)) { navigate('#/admin', true); return; }
  navigate('#/setup', true);
}

// The operator's console: asks for the credential, checks it, then shows the console with its
// own bar (no spaces, no search: the operator is nobody's member).
let stringsLoaded = false;
let routing = false;
async function startConsole(credential = null, refusal = null) {
  if (!stringsLoaded) { await loadStrings(); stringsLoaded = true; }
  const app = document.getElementById('app');
  if (!startOperatorSession(credential)) { operatorSignIn(app, (c) => startConsole(c), refusal); return; }
  try {
    state.console = await api('/api/admin/console');
  } catch (e) {
    endOperatorSession();
    operatorSignIn(app, (c) => startConsole(c), e instanceof ApiError && (e.status === 401 || e.status === 403)
      ? t('ui.console.sign-in.refused') : problemText(e));
    return;
  }
  state.operator = true;
  shell = createShell(state, { signOut, operator: true });
  replace(app, ...shell.elements);
  shell.update(route().path);
  if (!routing) {
    routing = true;
    onRoute(() => render());
  }
  render();
}

async function start() {
  if (CONSOLE_PAGE) {
    const handedOver = operatorCredentialInPage();
    // A reload asks /console, which finds the credential this tab kept.
    history.replaceState(null, '', `/console${location.hash}`);
    startConsole(handedOver);
    return;
  }
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
    if (state.destination && state.destination.spaceId) {
      state.spaceId = state.destination.spaceId;
      state.spaceTitle = state.destination.spaceTitle;
    }
    sessionStorage.setItem('thirdspace.locale', document.documentElement.lang);
    shell = createShell(state, { signOut });
    replace(document.getElementById('app'), ...shell.elements);
    shell.main.append(h('p', { class: 'ts-loading', role: 'status' }, t('ui.loading')));
    shell.update(route().path);
    followContentSize();
    keepSessionAlive();
    onRoute(() => render());
    render();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) signedOut();
    else replace(document.getElementById('app'), h('p', { role: 'alert' }, problemText(e)));
  }
}

// Keyboard or pointer: headings focused by a new view show a ring only for people on the keyboard.
document.addEventListener('keydown', (e) => { if (!e.metaKey && !e.ctrlKey) document.documentElement.classList.add('ts-keys'); }, true);
document.addEventListener('pointerdown', () => document.documentElement.classList.remove('ts-keys'), true);

start();
