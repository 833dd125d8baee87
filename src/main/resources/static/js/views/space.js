import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { when, roleName } from '../format.js';
import { avatar } from '../ui/avatar.js';
import { busy, emptyState, fieldError } from '../ui/feedback.js';
import '../components/roster-sync.js';
import { ensureConduct } from './conduct.js';
import { peerGroupPanel } from './peer-group.js';
import { pinnedSynthesis } from './synthesis.js';

export function threadItem(thread) {
  return h('li', { class: `ts-thread${thread.unread ? ' ts-unread' : ''}`, dataset: { thread: thread.id } },
    h('span', { class: 'ts-thread-avatar' }, thread.authorId
      ? avatar({ id: thread.authorId, name: thread.authorName, picture: thread.authorPicture }) : null),
    h('div', { class: 'ts-thread-main' },
      h('a', { href: `#/threads/${thread.id}`, class: `ts-thread-title${thread.title == null ? ' ts-muted' : ''}` },
        thread.title ?? t('ui.thread.hidden-title')),
      thread.hidden && thread.title != null ? h('span', { class: 'ts-badge ts-muted' }, t('ui.moderation.hidden')) : null,
      thread.unread ? h('span', { class: 'ts-badge' }, t('ui.thread.new')) : null,
      thread.locked ? h('span', { class: 'ts-badge ts-muted' }, t('ui.thread.locked')) : null,
      thread.audience !== 'SPACE' ? h('span', { class: 'ts-badge ts-muted' }, t(`ui.audience.${thread.audience}`)) : null,
      h('div', { class: 'ts-meta' },
        thread.authorId ? h('a', { href: `#/people/${thread.authorId}` }, thread.authorName) : t('ui.post.hidden-author'),
        ' · ', when(thread.publishAt), ' · ',
        t('ui.thread.replies', thread.replyCount),
        thread.tags.length ? h('span', { class: 'ts-tags' }, ' · ', ...thread.tags.map((tag) =>
          h('a', { href: `#/tags/${encodeURIComponent(tag.name)}`, class: 'ts-tag' }, `#${tag.label}`))) : null)));
}

function section(title, threads, id) {
  if (!threads.length) return null;
  return h('section', { 'aria-labelledby': id, class: 'ts-section' },
    h('h2', { id }, title),
    h('ul', { class: 'ts-threads' }, threads.map(threadItem)));
}

export async function spaceView(ctx, spaceId) {
  const [space, feed, synthesis] = await Promise.all([api(`/api/spaces/${spaceId}`), api(`/api/spaces/${spaceId}/feed`),
    api(`/api/spaces/${spaceId}/synthesis/pinned`).catch(() => null)]);
  ctx.setSpace(space.id, space.title);
  const latest = h('ul', { class: 'ts-threads', id: 'ts-latest' }, feed.latest.map(threadItem));
  let next = feed.next;
  const more = h('button', { type: 'button', class: 'ts-secondary', id: 'ts-more', hidden: !next, onclick: () => busy(more, async () => {
    try {
      const page = await api(`/api/spaces/${spaceId}/feed?cursor=${encodeURIComponent(next)}`);
      page.latest.forEach((thread) => latest.append(threadItem(thread)));
      next = page.next;
      more.hidden = !next;
    } catch (err) { fieldError(more, err); }
  }) }, t('ui.feed.more'));
  const destination = ctx.state.destination;
  const severalInCourse = destination && destination.choices && destination.choices.length > 1;
  // A learner in one of the space's peer groups sees it first: where a launch lands them.
  const myGroups = (await Promise.all(space.myPeerGroups.map(peerGroupPanel))).filter(Boolean);
  const startLink = space.mayPost ? h('a', { class: 'ts-button', href: `#/spaces/${spaceId}/new-thread`, id: 'ts-new-thread' },
    t('ui.space.new-thread')) : null;
  replace(ctx.main,
    severalInCourse && ctx.me.course ? h('p', { class: 'ts-breadcrumb' },
      h('a', { href: '#/choose' }, t('ui.switcher.course', ctx.me.course.name))) : null,
    h('section', { class: 'ts-card ts-space-head', 'aria-labelledby': 'space-title' },
      h('h1', { id: 'space-title' }, space.title),
      space.purpose ? h('p', { class: 'ts-purpose' }, space.purpose) : null,
      h('p', { class: 'ts-meta', id: 'ts-space-facts' }, t('ui.space.members', space.memberCount), ' · ',
        t('ui.space.your-role', roleName(space.myRole)),
        space.archived ? h('strong', {}, ` · ${t('ui.space.archived')}`) : null),
      h('div', { class: 'ts-row' },
        startLink,
        space.mayFacilitate ? h('a', { class: 'ts-button ts-secondary', href: `#/spaces/${spaceId}/new-thread?seed=1` },
          t('ui.space.seed-topic')) : null,
        space.mayFacilitate ? h('a', { class: 'ts-button ts-secondary', href: `#/spaces/${spaceId}/peer-groups`, id: 'ts-peer-groups-link' },
          t('ui.space.peer-groups')) : null,
        space.mayModerate ? h('a', { class: 'ts-button ts-secondary', href: `#/spaces/${spaceId}/moderation`, id: 'ts-moderation-link' },
          space.openCases ? t('ui.moderation.title-count', space.openCases) : t('ui.moderation.title')) : null,
        // Grades go back through the course link the facilitator came from.
        space.mayFacilitate && ctx.me.course ? h('a', { class: 'ts-button ts-secondary', href: `#/spaces/${spaceId}/grading`,
          id: 'ts-grading-link' }, t('ui.grading.link')) : null,
        space.myRole === 'SYNTHESIZER' || space.mayFacilitate ? h('a', { class: 'ts-button ts-secondary', href: `#/spaces/${spaceId}/this-week`,
          id: 'ts-this-week-link' }, t('ui.synthesis.this-week')) : null)),
    myGroups,
    pinnedSynthesis(synthesis),
    section(t('ui.feed.pinned'), feed.pinned, 'pinned-heading'),
    section(t('ui.feed.starters'), feed.starters, 'starters-heading'),
    h('section', { class: 'ts-section', 'aria-labelledby': 'latest-heading' },
      h('h2', { id: 'latest-heading' }, t('ui.feed.latest')),
      feed.latest.length ? latest : emptyState(t(space.mayPost ? 'ui.feed.empty' : 'ui.feed.empty-reader')),
      h('div', { class: 'ts-actions' }, more)),
    section(t('ui.feed.scheduled'), feed.scheduled, 'scheduled-heading'),
    // Facilitators who came from a course see its roster sync (the component shows nothing to others).
    space.mayFacilitate && ctx.me.course ? h('ts-roster-sync', { 'course-id': ctx.me.course.id }) : null,
    h('details', { class: 'ts-help' }, h('summary', {}, t('ui.feed.help.title')), h('p', {}, t('ui.feed.help.text'))));
  // First entry (or a new version of the code): the member reads and accepts the code of conduct.
  ctx.afterRender(() => ensureConduct(spaceId));
}
