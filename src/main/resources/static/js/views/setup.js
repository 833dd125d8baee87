import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { navigate } from '../router.js';

export async function setupView(ctx, destination) {
  const d = destination || { notSetUp: true, mayCreate: false };
  if (!d.mayCreate) {
    replace(ctx.main, h('section', { class: 'ts-card' },
      h('h1', {}, t('ui.setup.not-yet')),
      h('p', {}, d.courseName ? t('ui.setup.not-yet-course', d.courseName) : t('ui.setup.not-yet-text'))));
    return;
  }
  const title = h('input', { type: 'text', id: 'space-title-input', required: true, maxlength: '200' });
  title.value = d.courseName ? t('ui.setup.default-title', d.courseName) : '';
  const purpose = h('input', { type: 'text', id: 'space-purpose', maxlength: '500' });
  const kind = h('select', { id: 'space-kind' },
    ['COMMUNITY_OF_PRACTICE', 'PEER_GROUP_PROGRAMME', 'COHORT'].map((k) => h('option', { value: k }, t(`ui.kind.${k}`))));
  const error = h('p', { class: 'ts-error-text', role: 'alert' });
  replace(ctx.main, h('form', { class: 'ts-card', onsubmit: async (e) => {
    e.preventDefault();
    try {
      const created = await api('/api/spaces', { method: 'POST', body: { title: title.value, purpose: purpose.value, kind: kind.value } });
      navigate(`#/spaces/${created.id}`);
    } catch (err) { error.textContent = err.message; }
  } },
    h('h1', {}, t('ui.setup.create-title')),
    h('p', {}, t('ui.setup.create-text')),
    h('label', { for: 'space-title-input' }, t('ui.setup.space-title')), title,
    h('label', { for: 'space-purpose' }, t('ui.setup.purpose')), purpose,
    h('label', { for: 'space-kind' }, t('ui.setup.kind')), kind,
    error, h('p', {}, h('button', { type: 'submit' }, t('ui.setup.create')))));
}

export function chooseView(ctx, destination) {
  replace(ctx.main, h('section', { class: 'ts-card' },
    h('h1', {}, t('ui.choose.title')),
    h('ul', {}, (destination && destination.choices || []).map((c) => h('li', {}, h('a', { href: `#/spaces/${c.spaceId}` }, c.title))))));
}
