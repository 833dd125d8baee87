import { api, ApiError } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { emptyState, problemText } from '../ui/feedback.js';

// The administrators' console: organisation administrators (an administrator role at launch, from
// an active registration) see their own organisation; the operator (the bootstrap credential, on
// the /console page) sees every organisation. Every section sits under the console's own
// navigation; what may be done is asked once (GET /api/admin/console) and the API checks again on
// every call.

export const SECTIONS = [
  { id: 'overview', path: '/admin', label: 'ui.console.nav.overview' },
  { id: 'platforms', path: '/admin/platforms', label: 'ui.console.nav.platforms' },
  { id: 'spaces', path: '/admin/spaces', label: 'ui.console.nav.spaces' },
  { id: 'defaults', path: '/admin/defaults', label: 'ui.console.nav.defaults' },
  { id: 'health', path: '/admin/health', label: 'ui.console.nav.health' },
  { id: 'people', path: '/admin/people', label: 'ui.console.nav.people' },
  { id: 'audit', path: '/admin/audit', label: 'ui.console.nav.audit' },
  { id: 'safety', path: '/organisation/moderation', label: 'ui.console.nav.safety', launchOnly: true },
];

export function mayUseConsole(state) {
  return !!(state.operator || (state.me && state.me.organisationAdministrator));
}

// What the console may do for this person, asked once per page. Refusals are shown in words.
export async function consoleAccess(ctx) {
  if (!ctx.state.console) ctx.state.console = await api('/api/admin/console');
  return ctx.state.console;
}

// The console's navigation: a list of links in a named <nav>, the current one marked for
// assistive technology (aria-current) as well as visually.
export function consoleNav(ctx, current) {
  // The operator's chosen organisation stays chosen from one section to the next.
  const organisation = ctx.state.operator && ctx.params && ctx.params.get('organisation');
  const query = organisation ? `?organisation=${encodeURIComponent(organisation)}` : '';
  return h('nav', { class: 'ts-console-nav', 'aria-label': t('ui.console.nav.label'), id: 'ts-console-nav' },
    h('ul', {}, SECTIONS.filter((s) => !(s.launchOnly && ctx.state.operator)).map((s) => h('li', {},
      h('a', { href: `#${s.path}${query}`, id: `ts-console-${s.id}`, 'aria-current': s.id === current ? 'page' : null }, t(s.label))))));
}

// A console view: its navigation, its one h1, then its content. A person who is not an
// administrator, or whose registration is not active, is told so here instead of being sent
// elsewhere without a word.
export async function consolePage(ctx, current, title, body) {
  if (!mayUseConsole(ctx.state)) {
    replace(ctx.main, h('section', { class: 'ts-card', 'aria-labelledby': 'ts-console-denied' },
      h('h1', { id: 'ts-console-denied' }, t('ui.console.denied.title')),
      h('p', {}, t('ui.console.denied.text')),
      h('p', {}, h('a', { href: '#/' }, t('ui.console.denied.back')))));
    return;
  }
  let access;
  try {
    access = await consoleAccess(ctx);
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 403) throw e;
    replace(ctx.main, h('section', { class: 'ts-card', 'aria-labelledby': 'ts-console-denied' },
      h('h1', { id: 'ts-console-denied' }, t('ui.console.denied.title')), h('p', { role: 'alert' }, problemText(e))));
    return;
  }
  const content = await body(access);
  replace(ctx.main, consoleNav(ctx, current), h('h1', {}, title), content);
}

// The organisation a console view is about: an organisation administrator's own; for the
// operator the one chosen in the page's query (?organisation=…), else the first.
export function chosenOrganisation(ctx, access) {
  if (!access.operator) return access.organisationId;
  const wanted = ctx.params.get('organisation');
  const found = access.organisations.find((o) => o.id === wanted);
  return found ? found.id : (access.organisations[0] ? access.organisations[0].id : null);
}

// For the operator: which organisation to show (a labelled select that reloads the view).
export function organisationChooser(ctx, access, path, selected) {
  if (!access.operator || access.organisations.length < 2) return null;
  const select = h('select', { id: 'ts-console-organisation', onchange: () => { location.hash = `#${path}?organisation=${select.value}`; } },
    access.organisations.map((o) => h('option', { value: o.id, selected: o.id === selected }, o.name || o.id)));
  return h('div', { class: 'ts-console-filter' }, h('label', { for: 'ts-console-organisation' }, t('ui.console.organisation')), select);
}

export async function consoleOverview(ctx) {
  await consolePage(ctx, 'overview', t('ui.console.title'), async (access) => {
    const registrations = await api('/api/admin/registrations');
    const pending = registrations.flatMap((r) => (r.deployments || []).filter((d) => d.status === 'pending'));
    const pendingPlatforms = registrations.filter((r) => r.status === 'pending');
    const d = ctx.state.destination;
    const course = !ctx.state.operator && d && !d.spaceId && !(d.choices && d.choices.length) && d.mayCreate;
    const own = access.organisations[0];
    return [
      h('p', {}, access.operator ? t('ui.console.intro.operator')
        : t('ui.console.intro.organisation', own ? (own.name || '') : '')),
      course ? h('section', { class: 'ts-card', 'aria-labelledby': 'ts-console-course' },
        h('h2', { id: 'ts-console-course' }, t('ui.console.course.title')),
        h('p', {}, d.courseName ? t('ui.console.course.text', d.courseName) : t('ui.console.course.text-unnamed')),
        h('p', {}, h('a', { class: 'ts-button ts-secondary', href: '#/setup', id: 'ts-console-start' }, t('ui.console.course.start')))) : null,
      h('ul', { class: 'ts-console-summary' },
        h('li', { class: 'ts-card' }, h('h2', {}, h('a', { href: '#/admin/platforms' }, t('ui.console.nav.platforms'))),
          h('p', {}, t('ui.console.summary.platforms', registrations.length)),
          pending.length || pendingPlatforms.length ? h('p', { class: 'ts-badge' }, t('ui.console.summary.pending', pending.length + pendingPlatforms.length)) : null),
        h('li', { class: 'ts-card' }, h('h2', {}, h('a', { href: '#/admin/spaces' }, t('ui.console.nav.spaces'))),
          h('p', {}, t('ui.console.summary.spaces'))),
        h('li', { class: 'ts-card' }, h('h2', {}, h('a', { href: '#/admin/audit' }, t('ui.console.nav.audit'))),
          h('p', {}, t('ui.console.summary.audit')))),
      registrations.length ? null : emptyState(t('ui.console.no-platforms')),
    ];
  });
}

// The operator's sign-in on /console: the credential goes into a password field, is checked by
// asking the API who it is, and is kept for this tab only.
export function operatorSignIn(container, onCredential, refusal = null) {
  const field = h('input', { type: 'password', id: 'ts-operator-token', autocomplete: 'current-password', required: true,
    'aria-describedby': 'ts-operator-hint' });
  const submit = h('button', { type: 'submit', id: 'ts-operator-sign-in' }, t('ui.console.sign-in.submit'));
  const form = h('form', { class: 'ts-card', 'aria-labelledby': 'ts-operator-title', onsubmit: (e) => {
    e.preventDefault();
    if (field.value.trim()) onCredential(field.value.trim());
    else field.focus();
  } },
  h('h1', { id: 'ts-operator-title' }, t('ui.console.sign-in.title')),
  h('p', {}, t('ui.console.sign-in.text')),
  h('label', { for: 'ts-operator-token' }, t('ui.console.sign-in.label')),
  h('p', { class: 'ts-hint', id: 'ts-operator-hint' }, t('ui.console.sign-in.hint')), field,
  refusal ? h('p', { class: 'ts-field-error', role: 'alert', id: 'ts-operator-token-error' }, refusal) : null,
  h('div', { class: 'ts-actions' }, submit));
  if (refusal) {
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', 'ts-operator-hint ts-operator-token-error');
  }
  replace(container, h('main', { id: 'main', class: 'ts-main', tabindex: '-1' }, form));
  field.focus();
}
