import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { when, timeAgo } from '../format.js';
import { busy, fieldError, say, confirmInline, emptyState } from '../ui/feedback.js';
import { consolePage, chosenOrganisation, organisationChooser } from './console.js';

// Spaces across the organisation: each space with its linked courses and their roster sync (state,
// the error in words, the history of runs and "sync now"), its members, facilitators, last
// activity and state, with archive and restore. Facilitators are not needed to archive: the
// organisation's administrators may.

function syncLine(course) {
  if (!course.syncState) return h('span', { class: 'ts-muted' }, t('ui.console.sync.never'));
  return [h('span', { class: `ts-badge ts-status-${course.syncState}` }, t(`ui.console.status.${course.syncState}`)), ' ',
    t('ui.console.sync.at', when(course.syncedAt))];
}

function runItem(run) {
  return h('li', {},
    h('strong', {}, when(run.startedAt)), ' · ', t(`ui.console.status.${run.state}`), ' · ', t(`ui.console.sync.trigger.${run.trigger}`),
    run.state === 'succeeded' ? [' · ', t('ui.console.sync.counts', run.membersAdded, run.membersUpdated, run.membersDeactivated)] : null,
    run.error ? h('div', { class: 'ts-field-error' }, t('ui.console.sync.stopped', run.error)) : null);
}

// A course linked to several spaces is listed under each: its ids name the space too.
function courseItem(course, spaceId, reload) {
  const id = `ts-space-${spaceId}-course-${course.id}`;
  const history = h('ul', { class: 'ts-audit', id: `${id}-runs` });
  const details = h('details', { class: 'ts-sync-history' }, h('summary', {}, t('ui.console.sync.history')), history);
  details.addEventListener('toggle', async () => {
    if (!details.open || details.dataset.loaded) return;
    details.dataset.loaded = 'true';
    try {
      const runs = await api(`/api/admin/roster-syncs?course=${course.id}&limit=10`);
      replace(history, runs.length ? runs.map(runItem) : h('li', {}, t('ui.console.sync.never')));
    } catch (err) { replace(history, h('li', { role: 'alert' }, err.message)); }
  });
  const now = h('button', { type: 'button', class: 'ts-secondary', id: `${id}-sync`,
    'aria-label': t('ui.console.sync.now-label', course.name || course.id) }, t('ui.console.sync.now'));
  now.addEventListener('click', () => busy(now, async () => {
    try {
      const answer = await api(`/api/admin/rosters/${course.id}/sync`, { method: 'POST' });
      say(now, t(answer && answer.job && answer.job.state === 'running' ? 'ui.console.sync.started' : 'ui.console.sync.requested'));
      setTimeout(reload, 3000);
    } catch (err) { fieldError(now, err); }
  }));
  return h('li', { dataset: { course: course.id } },
    h('strong', {}, course.name || t('ui.console.course.unnamed')), ' ', syncLine(course),
    course.syncError ? h('p', { class: 'ts-field-error' }, t('ui.console.sync.stopped', course.syncError)) : null,
    h('div', { class: 'ts-actions ts-row' }, now), details);
}

function spaceCard(space, organisation, reload) {
  const heading = `ts-space-${space.id}`;
  const toggle = h('button', { type: 'button', class: space.archived ? '' : 'ts-secondary', id: `${heading}-archive` },
    t(space.archived ? 'ui.console.space.restore' : 'ui.console.space.archive'));
  toggle.addEventListener('click', async () => {
    if (!space.archived) {
      const sure = await confirmInline(toggle, { question: t('ui.console.space.archive-question', space.title),
        confirm: t('ui.console.space.archive') });
      if (!sure) return;
    }
    await busy(toggle, async () => {
      try {
        await api(`/api/admin/organisations/${organisation}/spaces/${space.id}/archived`, { method: 'PUT', body: { archived: !space.archived } });
        await reload();
      } catch (err) { fieldError(toggle, err); }
    });
  });
  return h('li', { class: 'ts-card', 'aria-labelledby': heading, dataset: { space: space.id } },
    h('h2', { id: heading }, h('a', { href: `#/spaces/${space.id}` }, space.title), ' ',
      space.archived ? h('span', { class: 'ts-badge ts-status-disabled' }, t('ui.console.status.archived')) : null),
    h('p', { class: 'ts-meta' }, t(`ui.kind.${space.kind}`), ' · ', t('ui.space.members', space.memberCount), ' · ',
      space.lastActivityAt ? [t('ui.console.space.last-activity'), ' ', timeAgo(space.lastActivityAt)] : t('ui.space.quiet')),
    h('p', {}, h('strong', {}, t('ui.console.space.facilitators')), ' ',
      space.facilitators.length ? space.facilitators.map((f) => f.name).join(', ') : t('ui.console.space.no-facilitators')),
    h('h3', {}, t('ui.console.space.courses')),
    space.courses.length ? h('ul', { class: 'ts-console-courses' }, space.courses.map((c) => courseItem(c, space.id, reload)))
      : h('p', { class: 'ts-muted' }, t('ui.console.space.no-courses')),
    h('div', { class: 'ts-actions' }, toggle));
}

export async function spacesAdminView(ctx) {
  const reload = () => spacesAdminView(ctx);
  await consolePage(ctx, 'spaces', t('ui.console.spaces.title'), async (access) => {
    const organisation = chosenOrganisation(ctx, access);
    if (!organisation) return emptyState(t('ui.console.no-platforms'));
    const spaces = await api(`/api/admin/organisations/${organisation}/spaces`);
    const filter = ctx.params.get('state') || 'all';
    const shown = spaces.filter((s) => filter === 'all' || (filter === 'archived') === s.archived);
    const stateSelect = h('select', { id: 'ts-console-space-state', onchange: () => {
      const query = new URLSearchParams(ctx.params);
      query.set('state', stateSelect.value);
      location.hash = `#/admin/spaces?${query}`;
    } }, ['all', 'open', 'archived'].map((v) => h('option', { value: v, selected: v === filter }, t(`ui.console.spaces.filter.${v}`))));
    return [
      organisationChooser(ctx, access, '/admin/spaces', organisation),
      h('div', { class: 'ts-console-filter' }, h('label', { for: 'ts-console-space-state' }, t('ui.console.spaces.filter')), stateSelect),
      h('p', { role: 'status' }, t('ui.console.spaces.count', shown.length)),
      shown.length ? h('ul', { class: 'ts-cases', id: 'ts-console-space-list' }, shown.map((s) => spaceCard(s, organisation, reload)))
        : emptyState(t('ui.console.spaces.none')),
    ];
  });
}
