import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { navigate } from '../router.js';
import { busy, fieldError, clearFieldError, say } from '../ui/feedback.js';

// A course without a space yet. Those who teach it start one here (a name is suggested: one
// click); everyone else learns who can start it (where the organisation keeps that to its admins,
// the instructor is told to ask one), and can check again without a new launch.
export async function setupView(ctx) {
  const d = ctx.state.destination || { notSetUp: true, mayCreate: false };
  if (!d.mayCreate) {
    const again = h('button', { type: 'button', class: 'ts-secondary', id: 'ts-check-again', onclick: () => busy(again, async () => {
      const now = await api('/api/launch/destination');
      ctx.state.destination = now;
      if (now.spaceId || (now.choices && now.choices.length)) navigate('#/', true);
      else say(again, t('ui.setup.still-not-yet'), { tone: 'info' });
    }) }, t('ui.setup.check-again'));
    replace(ctx.main, h('section', { class: 'ts-card', 'aria-labelledby': 'ts-setup-title' },
      h('h1', { id: 'ts-setup-title' }, t('ui.setup.not-yet')),
      // Someone who teaches the course is not told their facilitator will open it: they are told whom to ask.
      d.askAdmin ? null : h('p', {}, d.courseName ? t('ui.setup.not-yet-course', d.courseName) : t('ui.setup.not-yet-text')),
      h('p', { class: d.askAdmin ? null : 'ts-muted', id: 'ts-setup-who' }, t(d.askAdmin ? 'ui.setup.ask-admin' : 'ui.setup.who')),
      h('div', { class: 'ts-actions' }, again, h('a', { href: '#/spaces' }, t('ui.setup.my-spaces')))));
    return;
  }
  const title = h('input', { type: 'text', id: 'space-title-input', required: true, maxlength: '200' });
  title.value = d.courseName ? t('ui.setup.default-title', d.courseName) : '';
  const purpose = h('input', { type: 'text', id: 'space-purpose', maxlength: '500', 'aria-describedby': 'space-purpose-hint' });
  purpose.value = t('ui.template.COMMUNITY_OF_PRACTICE.purpose');
  const kind = h('select', { id: 'space-kind' },
    ['COMMUNITY_OF_PRACTICE', 'PEER_GROUP_PROGRAMME', 'COHORT'].map((k) => h('option', { value: k }, t(`ui.kind.${k}`))));
  const submit = h('button', { type: 'submit', id: 'ts-create-space' }, t('ui.setup.create'));
  const form = h('form', { class: 'ts-card', 'aria-labelledby': 'ts-setup-title', onsubmit: (e) => {
    e.preventDefault();
    clearFieldError(submit);
    busy(submit, async () => {
      try {
        const created = await api('/api/spaces', { method: 'POST', body: { title: title.value, purpose: purpose.value, kind: kind.value } });
        ctx.state.destination = { spaceId: created.id, choices: [] };
        ctx.state.spaces = null;
        navigate(`#/spaces/${created.id}`);
      } catch (err) { fieldError(submit, err); }
    });
  } },
    h('h1', { id: 'ts-setup-title' }, t('ui.setup.create-title')),
    h('p', {}, t('ui.setup.create-text')),
    h('label', { for: 'space-title-input' }, t('ui.setup.space-title')), title,
    h('label', { for: 'space-purpose' }, t('ui.setup.purpose')),
    h('p', { class: 'ts-hint', id: 'space-purpose-hint' }, t('ui.setup.purpose-hint')), purpose,
    h('label', { for: 'space-kind' }, t('ui.setup.kind')), kind,
    h('div', { class: 'ts-actions' }, submit));
  replace(ctx.main, form);
}
