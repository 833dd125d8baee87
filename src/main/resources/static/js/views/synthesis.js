// The synthesizer's "This week" page: the week's draft, built from what every member of the space
// can read (most participation, questions unanswered after 72 hours, new tags and key phrases, new
// members, key sentences each linked to its post), editable, then published at the top of the space.
import { api } from '../api.js';
import { t, locale } from '../i18n.js';
import { h, replace } from '../dom.js';
import { when, trustedHtml } from '../format.js';
import { busy, fieldError, clearFieldError, say, emptyState } from '../ui/feedback.js';

// A week's day ("2026-11-23"), as the synthesis weeks are in UTC.
function day(date) {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(locale(), { dateStyle: 'long', timeZone: 'UTC' });
}

// The sections of the draft made in this page, kept while the person edits (the stored draft is its words).
const lastDrafted = new Map();

function list(id, items, render, empty) {
  return items.length ? h('ul', { id, class: 'ts-synthesis-list' }, items.map((item) => h('li', {}, render(item))))
    : h('p', { class: 'ts-muted', id }, empty);
}

function sectionOf(id, title, ...content) {
  return h('section', { class: 'ts-section', 'aria-labelledby': `${id}-title` }, h('h3', { id: `${id}-title` }, title), content);
}

function sections(s) {
  const none = t('ui.synthesis.nothing');
  return h('div', { id: 'ts-synthesis-sections', class: 'ts-card' },
    h('h2', {}, t('ui.synthesis.found')),
    sectionOf('ts-synthesis-sentences', t('ui.synthesis.key-sentences'),
      h('p', { class: 'ts-muted' }, t('ui.synthesis.key-sentences-help')),
      list('ts-synthesis-sentence-list', s.keySentences, (k) => [h('q', {}, k.text), ' — ',
        h('a', { href: k.link, 'aria-label': t('ui.synthesis.source', k.threadTitle || '') }, k.threadTitle || t('ui.synthesis.post'))], none)),
    sectionOf('ts-synthesis-most', t('ui.synthesis.most-participation'),
      list('ts-synthesis-most-list', s.mostParticipation, (p) => [h('a', { href: p.link }, p.title), ' — ',
        t('ui.synthesis.people-posts', p.people, p.posts)], none)),
    sectionOf('ts-synthesis-open', t('ui.synthesis.unanswered'),
      list('ts-synthesis-open-list', s.unanswered, (q) => [h('a', { href: q.link }, q.title), ' — ', when(q.openedAt)], none)),
    sectionOf('ts-synthesis-topics', t('ui.synthesis.tags-phrases'),
      h('p', {}, h('strong', {}, t('ui.synthesis.new-tags')), ' ', s.newTags.length ? s.newTags.map((tag) => `#${tag}`).join(' ') : none),
      h('p', {}, h('strong', {}, t('ui.synthesis.key-phrases')), ' ', s.keyPhrases.length ? s.keyPhrases.join(', ') : none)),
    sectionOf('ts-synthesis-members', t('ui.synthesis.new-members'),
      list('ts-synthesis-member-list', s.newMembers, (m) => h('a', { href: `#/people/${m.personId}` }, m.name), none)));
}

export async function synthesisView(ctx, spaceId, params = new URLSearchParams(), afterRender = null) {
  const week = params.get ? params.get('week') : null;
  const [space, state] = await Promise.all([api(`/api/spaces/${spaceId}`),
    api(`/api/spaces/${spaceId}/synthesis${week ? `?week=${encodeURIComponent(week)}` : ''}`)]);
  ctx.setSpace(space.id, space.title);
  const again = () => synthesisView(ctx, spaceId, params, null);
  const draftButton = h('button', { type: 'button', id: 'ts-synthesis-draft', class: state.state === 'NONE' ? null : 'ts-secondary',
    onclick: () => {
      clearFieldError(draftButton);
      busy(draftButton, async () => {
        try {
          const drafted = await api(`/api/spaces/${spaceId}/synthesis/draft`, { method: 'POST', body: { week: state.week, locale: locale() } });
          lastDrafted.set(`${spaceId}/${drafted.week}`, drafted.sections);
          await synthesisView(ctx, spaceId, params, () => say(ctx.main.querySelector('#ts-synthesis-edit h2'), t('ui.synthesis.drafted')));
        } catch (err) { fieldError(draftButton, err); }
      });
    } }, state.state === 'NONE' ? t('ui.synthesis.draft') : t('ui.synthesis.draft-again'));
  const drafted = lastDrafted.get(`${spaceId}/${state.week}`);
  replace(ctx.main,
    h('p', { class: 'ts-breadcrumb' }, h('a', { href: `#/spaces/${spaceId}` }, space.title)),
    h('h1', {}, t('ui.synthesis.title', day(state.week), day(state.weekEnds))),
    h('p', { class: 'ts-muted' }, t('ui.synthesis.help')),
    state.state === 'PUBLISHED' ? published(state) : null,
    state.state !== 'PUBLISHED' ? h('div', { class: 'ts-actions' }, draftButton) : null,
    state.state === 'NONE' ? emptyState(t('ui.synthesis.none')) : null,
    drafted && state.state === 'DRAFT' ? sections(drafted) : null,
    state.state === 'DRAFT' ? editForm(ctx, spaceId, state, again) : null);
  if (afterRender) afterRender();
}

function published(state) {
  return h('section', { class: 'ts-card', id: 'ts-synthesis-published', 'aria-labelledby': 'ts-synthesis-published-title' },
    h('h2', { id: 'ts-synthesis-published-title' }, t('ui.synthesis.published', when(state.publishedAt))),
    h('p', {}, h('a', { href: `#/artifacts/${state.artifactId}` }, state.title)));
}

function editForm(ctx, spaceId, state, again) {
  const title = h('input', { id: 'ts-synthesis-title', type: 'text', maxlength: '200', value: state.title, required: true });
  const body = h('textarea', { id: 'ts-synthesis-body', rows: '18', maxlength: '20000', required: true,
    'aria-describedby': 'ts-synthesis-body-hint' });
  body.value = state.body;
  const publish = h('button', { type: 'submit', id: 'ts-synthesis-publish' }, t('ui.synthesis.publish'));
  return h('section', { class: 'ts-card', id: 'ts-synthesis-edit', 'aria-labelledby': 'ts-synthesis-edit-title' },
    h('h2', { id: 'ts-synthesis-edit-title' }, t('ui.synthesis.edit')),
    h('form', { onsubmit: (e) => {
      e.preventDefault();
      clearFieldError(publish);
      busy(publish, async () => {
        try {
          await api(`/api/spaces/${spaceId}/synthesis/publish`, { method: 'POST', body: { week: state.week, title: title.value, body: body.value } });
          await again();
          say(ctx.main.querySelector('#ts-synthesis-published h2'), t('ui.synthesis.published-said'));
        } catch (err) { fieldError(publish, err); }
      });
    } },
    h('label', { for: title.id }, t('ui.artifact.title')), title,
    h('label', { for: body.id }, t('ui.artifact.body')), body,
    h('p', { class: 'ts-muted', id: 'ts-synthesis-body-hint' }, t('ui.synthesis.body-hint')),
    h('div', { class: 'ts-actions' }, publish)));
}

// The published synthesis of this week (or last week) at the top of a space; nothing when there is none.
export function pinnedSynthesis(pinned) {
  if (!pinned) return null;
  return h('section', { class: 'ts-card ts-pinned-synthesis', id: 'ts-pinned-synthesis', 'aria-labelledby': 'ts-pinned-synthesis-title' },
    h('p', { class: 'ts-meta' }, t('ui.synthesis.pinned', day(pinned.week))),
    h('h2', { id: 'ts-pinned-synthesis-title' }, h('a', { href: `#/artifacts/${pinned.artifactId}` }, pinned.title)),
    trustedHtml(h('div', { class: 'ts-post-body' }), pinned.bodyHtml));
}
