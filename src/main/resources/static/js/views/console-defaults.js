import { api, ApiError } from '../api.js';
import { t } from '../i18n.js';
import { h } from '../dom.js';
import { when } from '../format.js';
import { busy, fieldError, clearFieldError, say, emptyState } from '../ui/feedback.js';
import { consolePage, chosenOrganisation, organisationChooser } from './console.js';

// The organisation's defaults: the code of conduct of every space without its own, how many
// members' reports hide a post, the digest of people who chose none, and who may start spaces.
// One form; a refusal names each field at fault, and its message goes right after that field.

const DIGESTS = ['weekly', 'daily', 'off'];
const CREATION = ['INSTRUCTORS_AND_ADMINS', 'ADMINS_ONLY'];

// A group of radio buttons in a fieldset whose legend names it and whose hint is tied to it.
function choices(name, legend, hint, values, current) {
  const hintId = `ts-defaults-${name}-hint`;
  const inputs = values.map((v) => h('input', { type: 'radio', name, value: v, id: `ts-defaults-${name}-${v}`, checked: v === current }));
  const group = h('fieldset', { id: `ts-defaults-${name}`, 'aria-describedby': hintId },
    h('legend', {}, legend),
    h('p', { class: 'ts-hint', id: hintId }, hint),
    values.map((v, i) => h('div', { class: 'ts-choice' }, inputs[i],
      h('label', { for: inputs[i].id }, t(`ui.console.defaults.${name}.${v}`)))));
  return { group, value: () => (inputs.find((i) => i.checked) || {}).value || null };
}

function form(view, organisation) {
  const conduct = h('textarea', { id: 'ts-defaults-conduct', rows: '10', maxlength: '20000',
    'aria-describedby': 'ts-defaults-conduct-hint' });
  conduct.value = view.conduct || '';
  const threshold = h('input', { type: 'number', id: 'ts-defaults-reportThreshold', min: '1', max: '50', step: '1', required: true,
    inputmode: 'numeric', 'aria-describedby': 'ts-defaults-reportThreshold-hint' });
  threshold.value = String(view.reportThreshold);
  const digest = choices('digestDefault', t('ui.console.defaults.digest'), t('ui.console.defaults.digest-hint'), DIGESTS, view.digestDefault);
  const creation = choices('spaceCreation', t('ui.console.defaults.creation'), t('ui.console.defaults.creation-hint'), CREATION,
    view.spaceCreation);
  const controls = { conduct, reportThreshold: threshold, digestDefault: digest.group, spaceCreation: creation.group };
  const save = h('button', { type: 'submit', id: 'ts-defaults-save' }, t('ui.console.defaults.save'));
  const changed = h('p', { class: 'ts-meta', id: 'ts-defaults-changed' }, changedLine(view));
  let loaded = conduct.value;

  const submit = (e) => {
    e.preventDefault();
    Object.values(controls).forEach(clearFieldError);
    clearFieldError(save);
    busy(save, async () => {
      const body = { reportThreshold: threshold.value.trim() === '' ? null : threshold.value.trim(),
        digestDefault: digest.value(), spaceCreation: creation.value() };
      // The code of conduct is sent only when it was edited: saving the other fields is no new version members accept again.
      if (conduct.value !== loaded) body.conduct = conduct.value;
      try {
        const saved = await api(`/api/admin/organisations/${organisation}/defaults`, { method: 'PUT', body });
        conduct.value = saved.conduct || '';
        loaded = conduct.value;
        changed.textContent = changedLine(saved);
        say(save, t('ui.console.defaults.saved'));
      } catch (err) {
        const errors = err instanceof ApiError && Array.isArray(err.problem.errors) ? err.problem.errors : [];
        if (!errors.length) { fieldError(save, err); return; }
        errors.forEach((f) => { if (controls[f.field]) fieldError(controls[f.field], t(`ui.console.defaults.error.${f.field}`)); });
        const first = controls[errors[0].field];
        if (first) (first.tagName === 'FIELDSET' ? first.querySelector('input') : first).focus();
      }
    });
  };

  return h('form', { class: 'ts-card ts-defaults', id: 'ts-defaults-form', novalidate: true, onsubmit: submit },
    h('label', { for: 'ts-defaults-reportThreshold' }, t('ui.console.defaults.threshold')),
    h('p', { class: 'ts-hint', id: 'ts-defaults-reportThreshold-hint' }, t('ui.console.defaults.threshold-hint')), threshold,
    digest.group,
    creation.group,
    h('label', { for: 'ts-defaults-conduct' }, t('ui.console.defaults.conduct')),
    h('p', { class: 'ts-hint', id: 'ts-defaults-conduct-hint' },
      view.conductBuiltIn ? t('ui.console.defaults.conduct-hint-built-in') : t('ui.console.defaults.conduct-hint', view.conductVersion)),
    conduct,
    h('div', { class: 'ts-actions' }, save),
    changed);
}

function changedLine(view) {
  return view.chosen && view.updatedAt ? t('ui.console.defaults.changed', when(view.updatedAt)) : t('ui.console.defaults.tool-settings');
}

export async function defaultsView(ctx) {
  await consolePage(ctx, 'defaults', t('ui.console.defaults.title'), async (access) => {
    const organisation = chosenOrganisation(ctx, access);
    if (!organisation) return emptyState(t('ui.console.no-platforms'));
    const view = await api(`/api/admin/organisations/${organisation}/defaults`);
    return [
      organisationChooser(ctx, access, '/admin/defaults', organisation),
      h('p', {}, t('ui.console.defaults.intro')),
      form(view, organisation),
    ];
  });
}
