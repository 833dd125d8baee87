// The designer page of a deep-linking launch: start a new space from a template or link spaces
// the designer facilitates, then hand the LMS the signed response the tool made (auto-posted as
// the form field JWT to the return URL the tool kept on the server).
import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { TYPES, verificationBadge } from './artifact.js';

function postToLms(signed) {
  const form = h('form', { method: 'post', action: signed.returnUrl, class: 'ts-hidden' },
    h('input', { type: 'hidden', name: 'JWT', value: signed.jwt }));
  document.body.append(form);
  form.submit();
}

async function answer(requestId, items, error) {
  try {
    const signed = await api(`/api/deep-linking/${requestId}/answer`, { method: 'POST', body: { items } });
    postToLms(signed);
  } catch (e) { error.textContent = e.message; }
}

function field(id, label, input, hint) {
  return h('div', { class: 'ts-field' }, h('label', { for: id }, label), hint ? h('p', { class: 'ts-muted', id: `${id}-hint` }, hint) : null, input);
}

function newSpaceForm(ctx, view, requestId, error) {
  const course = ctx.me.course ? ctx.me.course.name : '';
  const kinds = view.templates.map((template) => {
    const id = `template-${template.kind}`;
    return h('div', { class: 'ts-choice' },
      h('input', { type: 'radio', name: 'template', id, value: template.kind, checked: template.kind === 'COMMUNITY_OF_PRACTICE',
        'aria-describedby': `${id}-text`, onchange: () => fill(template) }),
      h('label', { for: id }, t(`ui.kind.${template.kind}`)),
      h('p', { class: 'ts-muted', id: `${id}-text` }, t(`ui.template.${template.kind}.text`)));
  });
  const title = h('input', { type: 'text', id: 'dl-title', required: true, maxlength: '200' });
  const purpose = h('input', { type: 'text', id: 'dl-purpose', maxlength: '500' });
  const copies = h('select', { id: 'dl-copies', 'aria-describedby': 'dl-copies-hint' },
    h('option', { value: 'JOIN' }, t('ui.dl.copies.JOIN')), h('option', { value: 'NEW_RUN' }, t('ui.dl.copies.NEW_RUN')));
  const starterTitle = h('input', { type: 'text', id: 'dl-starter-title', maxlength: '200' });
  const starterBody = h('textarea', { id: 'dl-starter-body', rows: '3', maxlength: '20000' });
  const linkText = h('textarea', { id: 'dl-link-text', rows: '2', maxlength: '1000', 'aria-describedby': 'dl-link-text-hint' });
  function fill(template) {
    title.value = view.title || t(`ui.template.${template.kind}.title`, course);
    purpose.value = t(`ui.template.${template.kind}.purpose`);
    copies.value = template.courseCopies;
    starterTitle.value = t(`ui.template.${template.kind}.starter-title`);
    starterBody.value = t(`ui.template.${template.kind}.starter-body`);
    linkText.value = view.text || t(`ui.template.${template.kind}.purpose`);
  }
  fill(view.templates.find((template) => template.kind === 'COMMUNITY_OF_PRACTICE') || view.templates[0]);
  return h('form', { class: 'ts-card', 'aria-labelledby': 'dl-new-heading', onsubmit: (e) => {
    e.preventDefault();
    const kind = ctx.main.querySelector('input[name="template"]:checked').value;
    answer(requestId, [{
      newSpace: { title: title.value, purpose: purpose.value, kind, courseCopies: copies.value },
      starter: starterTitle.value.trim() ? { title: starterTitle.value, body: starterBody.value } : null,
      linkTitle: title.value, linkText: linkText.value,
    }], error);
  } },
    h('h2', { id: 'dl-new-heading' }, t('ui.dl.new')),
    h('fieldset', {}, h('legend', {}, t('ui.dl.template')), kinds),
    field('dl-title', t('ui.dl.space-title'), title),
    field('dl-purpose', t('ui.setup.purpose'), purpose),
    field('dl-starter-title', t('ui.dl.starter-title'), starterTitle),
    field('dl-starter-body', t('ui.dl.starter-body'), starterBody),
    field('dl-link-text', t('ui.dl.link-text'), linkText, t('ui.dl.link-text-hint')),
    field('dl-copies', t('ui.dl.copies'), copies, t('ui.dl.copies-hint')),
    h('p', {}, h('button', { type: 'submit', id: 'dl-create' }, t('ui.dl.create'))));
}

function existingSpaceForm(view, requestId, error) {
  const query = h('input', { type: 'search', id: 'dl-query', 'aria-describedby': 'dl-query-hint' });
  const results = h('div', { id: 'dl-results', 'aria-live': 'polite' });
  const found = new Map();
  async function search() {
    const spaces = await api(`/api/deep-linking/${requestId}/spaces?q=${encodeURIComponent(query.value.trim())}`);
    found.clear();
    spaces.forEach((s) => found.set(s.id, s));
    replace(results, spaces.length === 0 ? h('p', {}, t('ui.dl.none-found')) : h('fieldset', {},
      h('legend', {}, t('ui.dl.results')),
      spaces.map((s) => h('div', { class: 'ts-choice' },
        h('input', { type: view.acceptMultiple ? 'checkbox' : 'radio', name: 'space', id: `space-${s.id}`, value: s.id }),
        h('label', { for: `space-${s.id}` }, s.title, s.linkedHere ? ` (${t('ui.dl.linked-here')})` : ''),
        s.purpose ? h('p', { class: 'ts-muted' }, s.purpose) : null))));
  }
  search().catch((e) => { error.textContent = e.message; });
  return h('form', { class: 'ts-card', 'aria-labelledby': 'dl-existing-heading', onsubmit: (e) => {
    e.preventDefault();
    const chosen = [...results.querySelectorAll('input[name="space"]:checked')].map((input) => found.get(input.value));
    if (chosen.length === 0) { error.textContent = t('ui.dl.choose-one'); return; }
    answer(requestId, chosen.map((s) => ({ spaceId: s.id, linkTitle: s.title, linkText: s.purpose })), error);
  } },
    h('h2', { id: 'dl-existing-heading' }, t('ui.dl.existing')),
    field('dl-query', t('ui.dl.query'), query, t('ui.dl.query-hint')),
    h('p', {}, h('button', { type: 'button', onclick: () => search().catch((e) => { error.textContent = e.message; }) }, t('ui.search.button'))),
    results,
    h('p', {}, h('button', { type: 'submit', id: 'dl-link' }, view.acceptMultiple ? t('ui.dl.link-many') : t('ui.dl.link'))));
}

// "Back to the course page": an artifact from the library the designer may read. One whose quoted
// contributors have not all agreed cannot be chosen, and says whose consent it waits for.
function artifactForm(view, requestId, error) {
  const query = h('input', { type: 'search', id: 'dl-artifact-query', 'aria-describedby': 'dl-artifact-query-hint' });
  const type = h('select', { id: 'dl-artifact-type' }, h('option', { value: '' }, t('ui.library.any')),
    TYPES.map((v) => h('option', { value: v }, t(`ui.artifact.type.${v}`))));
  const results = h('div', { id: 'dl-artifact-results', 'aria-live': 'polite' });
  async function search() {
    const found = await api(`/api/deep-linking/${requestId}/artifacts?q=${encodeURIComponent(query.value.trim())}&type=${type.value}`);
    replace(results, found.length === 0 ? h('p', {}, t('ui.dl.artifacts.none')) : h('fieldset', {},
      h('legend', {}, t('ui.dl.artifacts.results')),
      found.map(({ artifact: a, consentMissing }) => {
        const id = `artifact-${a.id}`;
        const waiting = consentMissing.length > 0;
        return h('div', { class: 'ts-choice', dataset: { artifact: a.id } },
          h('input', { type: view.acceptMultiple ? 'checkbox' : 'radio', name: 'artifact', id, value: a.id, disabled: waiting,
            'aria-describedby': `${id}-meta${waiting ? ` ${id}-consent` : ''}` }),
          h('label', { for: id }, a.title),
          h('p', { class: 'ts-meta', id: `${id}-meta` }, t(`ui.artifact.type.${a.type}`), ' ', verificationBadge(a.verification),
            ' · ', a.spaceTitle || '', ' · ', t(`ui.artifact.audience.${a.audience}`)),
          waiting ? h('p', { class: 'ts-notice', id: `${id}-consent` }, t('ui.dl.artifacts.waiting', consentMissing.join(', '))) : null);
      })));
  }
  search().catch((e) => { error.textContent = e.message; });
  return h('form', { class: 'ts-card', 'aria-labelledby': 'dl-artifacts-heading', onsubmit: (e) => {
    e.preventDefault();
    const chosen = [...results.querySelectorAll('input[name="artifact"]:checked')].map((input) => input.value);
    if (chosen.length === 0) { error.textContent = t('ui.dl.artifacts.choose-one'); return; }
    answer(requestId, chosen.map((artifactId) => ({ artifactId })), error);
  } },
    h('h2', { id: 'dl-artifacts-heading' }, t('ui.dl.artifacts')),
    h('p', { class: 'ts-muted' }, t('ui.dl.artifacts.intro')),
    field('dl-artifact-query', t('ui.dl.artifacts.query'), query, t('ui.dl.artifacts.query-hint')),
    field('dl-artifact-type', t('ui.library.filter.type'), type),
    h('p', {}, h('button', { type: 'button', id: 'dl-artifact-search', onclick: () => search().catch((e) => { error.textContent = e.message; }) },
      t('ui.search.button'))),
    results,
    h('p', {}, h('button', { type: 'submit', id: 'dl-place-artifact' }, t('ui.dl.artifacts.place'))));
}

export async function deepLinkingView(ctx, requestId) {
  const view = await api(`/api/deep-linking/${requestId}`);
  const error = h('p', { class: 'ts-error-text', role: 'alert' });
  const back = h('button', { type: 'button', class: 'ts-secondary', id: 'dl-cancel', onclick: () => answer(requestId, [], error) },
    t('ui.dl.cancel'));
  if (!view.open) {
    replace(ctx.main, h('section', { class: 'ts-card' }, h('h1', {}, t('ui.dl.title')), h('p', {}, t('ui.dl.answered'))));
    return;
  }
  if (!view.acceptsLinks) {
    replace(ctx.main, h('section', { class: 'ts-card' }, h('h1', {}, t('ui.dl.title')),
      h('p', {}, t('ui.dl.not-accepted', view.acceptTypes.join(', '))), error, h('p', {}, back)));
    return;
  }
  replace(ctx.main,
    h('h1', {}, t('ui.dl.title')),
    h('p', {}, ctx.me.course ? t('ui.dl.intro-course', ctx.me.course.name) : t('ui.dl.intro')),
    view.acceptMultiple ? null : h('p', { class: 'ts-muted' }, t('ui.dl.one-only')),
    error,
    newSpaceForm(ctx, view, requestId, error),
    existingSpaceForm(view, requestId, error),
    artifactForm(view, requestId, error),
    h('p', {}, back));
}
