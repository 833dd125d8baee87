// Grades to the LMS for the course link that opened a space (issue 16): an instructor turns
// participation grades on ("started or replied to N conversations in the period"), and sees each
// learner's score and what the LMS said about it — in words, next to the learner, not in a log.
// GET/PUT /api/spaces/{id}/grading; a learner is refused by the API (403) and never sees the link.

import { api } from '../api.js';
import { t, formatNumber } from '../i18n.js';
import { h, replace } from '../dom.js';
import { when } from '../format.js';
import { busy, fieldError, clearFieldError, say, emptyState } from '../ui/feedback.js';

function statusText(learner) {
  const parts = [t(`ui.grading.state.${learner.state}`)];
  if (learner.problem) {
    parts.push(learner.problem === 'refused'
      ? t('ui.grading.problem.refused', learner.httpStatus ?? '?')
      : t(`ui.grading.problem.${learner.problem}`));
  }
  return parts.join(' ');
}

function learnersTable(view) {
  if (!view.learners.length) return emptyState(t('ui.grading.no-learners'));
  const caption = t('ui.grading.caption');
  return h('div', { class: 'ts-table-box', tabindex: '0', role: 'region', 'aria-label': caption },
    h('table', { class: 'ts-table', id: 'ts-grading-learners' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ['ui.grading.learner', 'ui.grading.score', 'ui.grading.status']
        .map((key) => h('th', { scope: 'col' }, t(key))))),
      h('tbody', {}, view.learners.map((learner) => h('tr', { dataset: { person: learner.personId, state: learner.state } },
        h('th', { scope: 'row' }, learner.name),
        h('td', {}, learner.score == null ? '—'
          : t('ui.grading.score-value', formatNumber(learner.score), formatNumber(learner.maximum))),
        h('td', { class: learner.state === 'failed' || learner.state === 'retrying' ? 'ts-grade-problem' : null },
          statusText(learner),
          learner.sentAt ? h('div', { class: 'ts-meta' }, t('ui.grading.last-sent', when(learner.sentAt))) : null))))));
}

export async function gradingView(ctx, spaceId) {
  const [space, view] = await Promise.all([api(`/api/spaces/${spaceId}`), api(`/api/spaces/${spaceId}/grading`)]);
  ctx.setSpace(space.id, space.title);
  const path = `/api/spaces/${spaceId}/grading`;
  const enabled = h('input', { type: 'checkbox', id: 'ts-grading-enabled', name: 'enabled', checked: view.enabled,
    disabled: !view.available && !view.enabled });
  const required = h('input', { type: 'number', id: 'ts-grading-required', name: 'requiredConversations', min: '1', max: '100',
    required: true, value: String(view.requiredConversations), 'aria-describedby': 'ts-grading-rule' });
  const from = h('input', { type: 'date', id: 'ts-grading-from', name: 'from', value: view.from || '' });
  const until = h('input', { type: 'date', id: 'ts-grading-until', name: 'until', value: view.until || '' });
  const submit = h('button', { type: 'submit', id: 'ts-grading-save' }, t('ui.grading.save'));
  const refresh = h('button', { type: 'button', class: 'ts-secondary', id: 'ts-grading-refresh',
    onclick: () => busy(refresh, () => gradingView(ctx, spaceId)) }, t('ui.grading.refresh'));
  const form = h('form', { class: 'ts-card', id: 'ts-grading-form', onsubmit: (event) => {
    event.preventDefault();
    busy(form, async () => {
      clearFieldError(submit);
      try {
        await api(path, { method: 'PUT', body: {
          enabled: enabled.checked,
          requiredConversations: Number(required.value),
          from: from.value || null,
          until: until.value || null,
        } });
        await gradingView(ctx, spaceId);
        say(document.getElementById('ts-grading-save'), t('ui.grading.saved'));
      } catch (err) {
        fieldError(submit, err);
      }
    });
  } },
    h('p', {}, t('ui.grading.intro')),
    view.available ? null : h('p', { class: 'ts-notice', id: 'ts-grading-unavailable', role: 'note' },
      t(`ui.grading.unavailable.${view.unavailable}`)),
    h('div', { class: 'ts-row' }, enabled, h('label', { for: 'ts-grading-enabled' }, t('ui.grading.enabled'))),
    h('label', { for: 'ts-grading-required' }, t('ui.grading.required')), required,
    h('p', { class: 'ts-hint', id: 'ts-grading-rule' }, t('ui.grading.rule', formatNumber(view.requiredConversations))),
    h('label', { for: 'ts-grading-from' }, t('ui.grading.from')), from,
    h('label', { for: 'ts-grading-until' }, t('ui.grading.until')), until,
    h('div', { class: 'ts-actions' }, submit));
  replace(ctx.main,
    h('p', { class: 'ts-breadcrumb' }, h('a', { href: `#/spaces/${spaceId}` }, space.title)),
    h('h1', { id: 'ts-grading-title' }, t('ui.grading.title')),
    form,
    h('section', { class: 'ts-section', 'aria-labelledby': 'ts-grading-status' },
      h('h2', { id: 'ts-grading-status' }, t('ui.grading.learners')),
      learnersTable(view),
      h('div', { class: 'ts-actions' }, refresh)));
}
