import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { timeAgo } from '../format.js';
import { emptyState } from '../ui/feedback.js';

// A space as lists of spaces show it: its name (the link), what it is for, and how alive it is.
function spaceItem(space, currentId, headingLevel = 'h2') {
  return h('li', { class: 'ts-space-item', dataset: { space: space.id }, 'aria-current': space.id === currentId ? 'true' : null },
    h(headingLevel, {}, h('a', { href: `#/spaces/${space.id}` }, space.title)),
    space.purpose ? h('p', {}, space.purpose) : null,
    h('p', { class: 'ts-meta' },
      t('ui.space.members', space.memberCount), ' · ',
      t('ui.space.conversations', space.conversations), ' · ',
      space.lastActivityAt ? [t('ui.space.last-activity'), ' ', timeAgo(space.lastActivityAt)] : t('ui.space.quiet'),
      space.ofMyCourse ? h('span', { class: 'ts-badge' }, t('ui.space.of-my-course')) : null,
      space.archived ? h('span', { class: 'ts-badge ts-muted' }, t('ui.space.archived')) : null));
}

// "My spaces": every space the person belongs to in the organisation.
export async function mySpacesView(ctx) {
  const spaces = await api('/api/spaces');
  ctx.state.spaces = spaces;
  replace(ctx.main,
    h('h1', {}, t('ui.spaces.title')),
    h('p', { class: 'ts-lead' }, t('ui.spaces.intro')),
    spaces.length ? h('ul', { class: 'ts-spaces', id: 'ts-my-spaces' }, spaces.map((s) => spaceItem(s, ctx.state.spaceId)))
      : emptyState(t('ui.spaces.none')));
}

// The course links several spaces: a real choice, each with its purpose and activity. The bar's
// space switcher leads back here ("Spaces of <course>").
export async function chooseView(ctx) {
  const choices = (ctx.state.destination && ctx.state.destination.choices) || [];
  const mine = await api('/api/spaces');
  ctx.state.spaces = mine;
  const known = new Map(mine.map((s) => [s.id, s]));
  const spaces = choices.map((c) => known.get(c.spaceId) || { id: c.spaceId, title: c.title, memberCount: 0, conversations: 0 });
  const course = ctx.me.course ? ctx.me.course.name : '';
  replace(ctx.main,
    h('h1', {}, course ? t('ui.choose.title-course', course) : t('ui.choose.title')),
    h('p', { class: 'ts-lead' }, t('ui.choose.intro', spaces.length)),
    spaces.length ? h('ul', { class: 'ts-spaces', id: 'ts-choices' }, spaces.map((s) => spaceItem(s, ctx.state.spaceId)))
      : emptyState(t('ui.spaces.none')));
}
