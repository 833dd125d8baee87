import { api } from '../api.js';
import { t } from '../i18n.js';
import { h } from '../dom.js';
import { when } from '../format.js';
import { navigate } from '../router.js';
import { busy, fieldError, clearFieldError, confirmInline, emptyState, problemText } from '../ui/feedback.js';
import { consolePage } from './console.js';

// Platforms: each registration with its deployments and status, the key set this server last
// fetched, and the decisions an administrator takes there. An organisation administrator decides
// their own organisation's deployments; only the operator registers, approves or disables a
// registration (the API enforces both; the page offers only what will be accepted).

function status(word) {
  return h('span', { class: `ts-badge ts-status-${word}` }, t(`ui.console.status.${word}`));
}

function facts(pairs) {
  return h('dl', { class: 'ts-facts' }, pairs.filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, v)]));
}

async function decide(button, registration, deployment, target, reload) {
  if (target === 'disabled') {
    const sure = await confirmInline(button, { question: t('ui.console.deployment.refuse-question', deployment.deploymentId),
      confirm: t('ui.console.deployment.refuse'), danger: true });
    if (!sure) return;
  }
  await busy(button, async () => {
    try {
      await api(`/api/admin/registrations/${registration.id}/deployments`, { method: 'POST',
        body: { deploymentId: deployment.deploymentId, status: target, label: deployment.label } });
      await reload();
    } catch (err) { fieldError(button, err); }
  });
}

function deploymentActions(registration, d, reload) {
  const buttons = [];
  const id = `ts-deployment-${registration.id}-${d.deploymentId}`.replace(/[^A-Za-z0-9_-]/g, '_');
  if (d.status !== 'active') {
    const approve = h('button', { type: 'button', id: `${id}-approve`, class: d.status === 'pending' ? '' : 'ts-secondary',
      onclick: () => decide(approve, registration, d, 'active', reload) }, t('ui.console.deployment.approve'));
    buttons.push(approve);
  }
  if (d.status !== 'disabled') {
    const refuse = h('button', { type: 'button', id: `${id}-refuse`, class: 'ts-secondary',
      onclick: () => decide(refuse, registration, d, 'disabled', reload) },
    t(d.status === 'pending' ? 'ui.console.deployment.refuse' : 'ui.console.deployment.disable'));
    buttons.push(refuse);
  }
  return h('div', { class: 'ts-actions ts-row' }, buttons);
}

function deploymentsTable(registration, reload) {
  const rows = registration.deployments || [];
  if (!rows.length) return emptyState(t('ui.console.deployments.none'));
  const caption = t('ui.console.deployments.caption', registration.name || registration.issuer);
  return h('div', { class: 'ts-table-box', tabindex: '0', role: 'region', 'aria-label': caption }, h('table', { class: 'ts-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ['ui.console.deployment.id', 'ui.console.deployment.status', 'ui.console.deployment.seen',
      'ui.console.deployment.last-launch', 'ui.console.deployment.actions'].map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', {}, rows.map((d) => h('tr', { dataset: { deployment: d.deploymentId } },
      h('th', { scope: 'row' }, h('span', { class: 'ts-code' }, d.deploymentId), d.label ? h('div', { class: 'ts-meta' }, d.label) : null),
      h('td', {}, status(d.status), d.decidedBy && d.status !== 'pending'
        ? h('div', { class: 'ts-meta' }, t('ui.console.deployment.decided', when(d.decidedAt))) : null),
      h('td', {}, when(d.firstSeenAt)),
      h('td', {}, d.lastLaunchAt ? when(d.lastLaunchAt) : t('ui.console.never')),
      h('td', {}, deploymentActions(registration, d, reload)))))));
}

function keySetPart(keySet) {
  if (!keySet) return null;
  return h('div', {},
    h('h3', {}, t('ui.console.keyset.title')),
    keySet.known ? facts([
      ['ui.console.keyset.fetched', when(keySet.fetchedAt)],
      ['ui.console.keyset.kids', keySet.kids.length ? keySet.kids.map((k) => h('span', { class: 'ts-code' }, k, ' ')) : t('ui.console.keyset.no-kids')],
      ['ui.console.keyset.error', keySet.lastError ? `${when(keySet.lastErrorAt)} · ${keySet.lastError}` : null],
    ]) : h('p', { class: 'ts-muted' }, t('ui.console.keyset.unknown')));
}

function statusActions(registration, access, reload) {
  if (!access.mayChangeStatus) return null;
  const change = (button, target, question, confirm) => async () => {
    if (question) {
      const sure = await confirmInline(button, { question, confirm, danger: target === 'disabled' });
      if (!sure) return;
    }
    await busy(button, async () => {
      try {
        await api(`/api/admin/registrations/${registration.id}/status`, { method: 'POST', body: { status: target } });
        await reload();
      } catch (err) { fieldError(button, err); }
    });
  };
  const buttons = [];
  if (registration.status !== 'active') {
    const enable = h('button', { type: 'button', class: 'ts-secondary', id: `ts-registration-${registration.id}-enable` },
      t(registration.status === 'pending' ? 'ui.console.registration.approve' : 'ui.console.registration.enable'));
    enable.addEventListener('click', change(enable, 'active'));
    buttons.push(enable);
  }
  if (registration.status !== 'disabled') {
    const disable = h('button', { type: 'button', class: 'ts-secondary', id: `ts-registration-${registration.id}-disable` },
      t('ui.console.registration.disable'));
    disable.addEventListener('click', change(disable, 'disabled', t('ui.console.registration.disable-question'),
      t('ui.console.registration.disable')));
    buttons.push(disable);
  }
  return h('div', { class: 'ts-actions' }, buttons);
}

// LTI 1.1 legacy links: the organisation's consumer key. Its secret is shown once, in the page that
// issued or rotated it (kept here until that page is drawn), and never read back.
let issuedSecret = null;

async function lti11Action(button, registration, path, body, reload, question, confirm) {
  if (question) {
    const sure = await confirmInline(button, { question, confirm, danger: true });
    if (!sure) return;
  }
  await busy(button, async () => {
    try {
      const answer = await api(`/api/admin/registrations/${registration.id}/lti11-key${path}`, { method: 'POST', body });
      if (answer && answer.secret) issuedSecret = { registration: registration.id, ...answer };
      await reload();
    } catch (err) { fieldError(button, err); }
  });
}

function lti11Part(registration, key, reload) {
  const id = `ts-lti11-${registration.id}`;
  const heading = h('h3', { id: `${id}-title` }, t('ui.console.lti11.title'));
  const issued = issuedSecret && issuedSecret.registration === registration.id ? issuedSecret : null;
  if (issued) issuedSecret = null;
  if (!key) {
    const create = h('button', { type: 'button', class: 'ts-secondary', id: `${id}-create` }, t('ui.console.lti11.create'));
    create.addEventListener('click', () => lti11Action(create, registration, '', undefined, reload));
    return h('div', { 'aria-labelledby': `${id}-title`, role: 'group' }, heading,
      h('p', { class: 'ts-muted' }, t('ui.console.lti11.none')), h('div', { class: 'ts-actions' }, create));
  }
  const rotate = h('button', { type: 'button', class: 'ts-secondary', id: `${id}-rotate` }, t('ui.console.lti11.rotate'));
  rotate.addEventListener('click', () => lti11Action(rotate, registration, '/rotate', undefined, reload,
    t('ui.console.lti11.rotate-question'), t('ui.console.lti11.rotate')));
  const target = key.status === 'active' ? 'disabled' : 'active';
  const toggle = h('button', { type: 'button', class: 'ts-secondary', id: `${id}-${target === 'disabled' ? 'disable' : 'enable'}` },
    t(target === 'disabled' ? 'ui.console.lti11.disable' : 'ui.console.lti11.enable'));
  toggle.addEventListener('click', () => lti11Action(toggle, registration, '/status', { status: target }, reload,
    target === 'disabled' ? t('ui.console.lti11.disable-question') : null, t('ui.console.lti11.disable')));
  return h('div', { 'aria-labelledby': `${id}-title`, role: 'group' }, heading,
    facts([
      ['ui.console.lti11.key', h('span', { class: 'ts-code', id: `${id}-key` }, key.consumerKey)],
      ['ui.console.lti11.status', status(key.status)],
      ['ui.console.lti11.launch-url', h('span', { class: 'ts-code' }, key.launchUrl)],
      ['ui.console.lti11.last-launch', key.lastLaunchAt ? when(key.lastLaunchAt) : t('ui.console.never')],
    ]),
    issued ? h('div', { class: 'ts-said ts-tone-info', role: 'status', id: `${id}-secret` },
      h('p', {}, t('ui.console.lti11.secret-once')),
      facts([['ui.console.lti11.secret', h('span', { class: 'ts-code' }, issued.secret)]])) : null,
    h('div', { class: 'ts-actions ts-row' }, rotate, toggle));
}

// A platform that re-created the tool (a new client id) is attached by the operator to the
// organisation it served before, so its people find their spaces again. Only a registration nobody
// launched from can be attached; the API says why not otherwise.
function organisationPart(registration, registrations, access, reload) {
  const own = registration.organisationId === registration.id;
  if (!own) {
    const home = registrations.find((r) => r.id === registration.organisationId);
    return h('p', { class: 'ts-meta', id: `ts-registration-${registration.id}-organisation` },
      t('ui.console.registration.attached', home ? (home.name || home.issuer) : registration.organisationId));
  }
  const targets = registrations.filter((r) => r.id !== registration.id && r.organisationId === r.id);
  if (!access.operator || !targets.length) return null;
  const id = `ts-registration-${registration.id}-attach`;
  const select = h('select', { id: `${id}-to` }, targets.map((r) => h('option', { value: r.id }, r.name || r.issuer)));
  const attach = h('button', { type: 'button', class: 'ts-secondary', id }, t('ui.console.registration.attach'));
  attach.addEventListener('click', async () => {
    const target = targets.find((r) => r.id === select.value);
    const sure = await confirmInline(attach, { question: t('ui.console.registration.attach-question', registration.name || registration.issuer,
      target.name || target.issuer), confirm: t('ui.console.registration.attach') });
    if (!sure) return;
    await busy(attach, async () => {
      try {
        await api(`/api/admin/registrations/${registration.id}/organisation`, { method: 'POST', body: { organisationId: target.id } });
        await reload();
      } catch (err) { fieldError(attach, err); }
    });
  });
  return h('div', { class: 'ts-console-filter' }, h('label', { for: `${id}-to` }, t('ui.console.registration.attach-label')), select, attach);
}

function registrationCard(registration, keySet, access, reload, lti11Key, registrations = []) {
  const heading = `ts-registration-${registration.id}`;
  return h('section', { class: 'ts-card', 'aria-labelledby': heading, dataset: { registration: registration.id } },
    h('h2', { id: heading }, registration.name || registration.issuer, ' ', status(registration.status)),
    facts([
      ['ui.console.registration.issuer', h('span', { class: 'ts-code' }, registration.issuer)],
      ['ui.console.registration.client', h('span', { class: 'ts-code' }, registration.clientId)],
      ['ui.console.registration.origin', t(`ui.console.origin.${registration.origin}`)],
      ['ui.console.registration.created', when(registration.createdAt)],
    ]),
    deploymentsTable(registration, reload),
    keySetPart(keySet),
    lti11Part(registration, lti11Key, reload),
    organisationPart(registration, registrations, access, reload),
    statusActions(registration, access, reload));
}

export async function platformsView(ctx) {
  const reload = () => platformsView(ctx);
  await consolePage(ctx, 'platforms', t('ui.console.platforms.title'), async (access) => {
    const registrations = await api('/api/admin/registrations');
    const keySets = await Promise.all(registrations.map((r) => api(`/api/admin/registrations/${r.id}/key-set`).catch(() => null)));
    const lti11Keys = await Promise.all(registrations.map((r) => api(`/api/admin/registrations/${r.id}/lti11-key`).catch(() => null)));
    const pending = registrations.filter((r) => r.status === 'pending'
      || (r.deployments || []).some((d) => d.status === 'pending'));
    return [
      h('p', {}, t(access.operator ? 'ui.console.platforms.intro.operator' : 'ui.console.platforms.intro.organisation')),
      access.mayRegister ? h('p', {}, h('a', { class: 'ts-button', href: '#/admin/platforms/new', id: 'ts-register-platform' },
        t('ui.console.register.title'))) : null,
      ctx.params.get('registered') ? h('p', { class: 'ts-said ts-tone-success', role: 'status' }, t('ui.console.register.done')) : null,
      pending.length ? h('p', { class: 'ts-said ts-tone-info', role: 'status' }, t('ui.console.platforms.pending', pending.length)) : null,
      registrations.length ? registrations.map((r, i) => registrationCard(r, keySets[i], access, reload, lti11Keys[i], registrations))
        : emptyState(t('ui.console.no-platforms')),
    ];
  });
}

// The fields of a registration document, in the order of the form (names as in the JSON).
const FIELDS = [
  { name: 'name', type: 'text', required: true },
  { name: 'issuer', type: 'url', required: true },
  { name: 'clientId', type: 'text', required: true },
  { name: 'authorizationEndpoint', type: 'url', required: true },
  { name: 'jwksUri', type: 'url', required: true },
  { name: 'tokenEndpoint', type: 'url' },
  { name: 'authorizationServer', type: 'url' },
  { name: 'targetLinkHosts', type: 'text', list: true, required: true },
  { name: 'frameOrigins', type: 'text', list: true },
  { name: 'deployments', type: 'text', list: true },
];

function listOf(value) {
  return value.split(/[\s,]+/).map((v) => v.trim()).filter(Boolean);
}

// The control a refusal names: problem.field is the document's field ("jwksUri", "deployments.id").
function controlFor(form, field, fallback) {
  const name = String(field || '').split('.')[0];
  return (name && form.querySelector(`[data-field="${name}"]`)) || fallback;
}

async function submitRegistration(form, submit, body, fallback = submit) {
  form.querySelectorAll('[aria-invalid="true"]').forEach((c) => clearFieldError(c));
  clearFieldError(submit);
  await busy(submit, async () => {
    try {
      const created = await api('/api/admin/registrations', { method: 'POST', body });
      navigate(`#/admin/platforms?registered=${encodeURIComponent(created.id)}`);
    } catch (err) {
      const field = err.problem && err.problem.field;
      const control = controlFor(form, field, fallback);
      // Next to its own field the message need not name the field again ("jwksUri: host … is private").
      const name = String(field || '').split('.')[0];
      const text = problemText(err);
      fieldError(control, control !== fallback && name && text.startsWith(`${name}: `) ? text.slice(name.length + 2) : text);
      if (control !== submit) control.focus();
    }
  });
}

export async function registerPlatformView(ctx) {
  await consolePage(ctx, 'platforms', t('ui.console.register.title'), async (access) => {
    if (!access.mayRegister) return h('p', { role: 'alert' }, t('ui.console.register.operator-only'));
    const controls = FIELDS.map((f) => {
      const id = `ts-reg-${f.name}`;
      const control = h('input', { type: f.type, id, name: f.name, dataset: { field: f.name }, required: f.required,
        'aria-describedby': `${id}-hint`, autocomplete: 'off', spellcheck: 'false' });
      return [h('label', { for: id }, t(`ui.console.register.${f.name}`), f.required ? '' : ` ${t('ui.console.optional')}`),
        h('p', { class: 'ts-hint', id: `${id}-hint` }, t(`ui.console.register.${f.name}.hint`)), control];
    });
    const submit = h('button', { type: 'submit', id: 'ts-register-submit' }, t('ui.console.register.submit'));
    const form = h('form', { class: 'ts-card', 'aria-labelledby': 'ts-register-form', novalidate: true, onsubmit: (e) => {
      e.preventDefault();
      const body = {};
      FIELDS.forEach((f) => {
        const value = form.querySelector(`[data-field="${f.name}"]`).value.trim();
        if (f.name === 'deployments') body.deployments = listOf(value).map((id) => ({ id }));
        else if (f.list) body[f.name] = listOf(value);
        else if (value) body[f.name] = value;
      });
      submitRegistration(form, submit, body);
    } }, h('h2', { id: 'ts-register-form' }, t('ui.console.register.form')), controls, h('div', { class: 'ts-actions' }, submit));

    const json = h('textarea', { id: 'ts-reg-json', rows: '12', class: 'ts-code', dataset: { field: 'body' }, spellcheck: 'false',
      'aria-describedby': 'ts-reg-json-hint' });
    const submitJson = h('button', { type: 'submit', id: 'ts-register-json-submit' }, t('ui.console.register.submit'));
    const jsonForm = h('form', { class: 'ts-card', 'aria-labelledby': 'ts-register-json', onsubmit: (e) => {
      e.preventDefault();
      clearFieldError(json);
      let body;
      try {
        body = JSON.parse(json.value);
      } catch (err) {
        fieldError(json, t('ui.console.register.json-invalid', err.message));
        json.focus();
        return;
      }
      if (!body || typeof body !== 'object' || Array.isArray(body)) {
        fieldError(json, t('ui.console.register.json-object'));
        json.focus();
        return;
      }
      submitRegistration(jsonForm, submitJson, body, json);
    } }, h('h2', { id: 'ts-register-json' }, t('ui.console.register.json')),
    h('label', { for: 'ts-reg-json' }, t('ui.console.register.json-label')),
    h('p', { class: 'ts-hint', id: 'ts-reg-json-hint' }, t('ui.console.register.json-hint')), json,
    h('div', { class: 'ts-actions' }, submitJson));
    return [h('p', {}, t('ui.console.register.intro')), form, jsonForm,
      h('p', {}, h('a', { href: '#/admin/platforms' }, t('ui.console.register.back')))];
  });
}
