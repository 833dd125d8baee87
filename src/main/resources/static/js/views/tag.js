import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { threadItem } from './space.js';
import { avatar } from '../ui/avatar.js';
import { busy, emptyState, fieldError } from '../ui/feedback.js';

export async function tagView(ctx, name) {
  const hub = await api(`/api/tags/${encodeURIComponent(name)}`);
  const reload = () => tagView(ctx, name);
  const follow = h('button', { type: 'button', class: 'ts-secondary', id: 'ts-follow-tag', 'aria-pressed': String(hub.following),
    onclick: () => busy(follow, async () => {
      try {
        await api(`/api/tags/${encodeURIComponent(hub.name)}/follow`, { method: hub.following ? 'DELETE' : 'POST' });
        await reload();
        const again = document.getElementById('ts-follow-tag');
        if (again) again.focus();
      } catch (err) { fieldError(follow, err); }
    }) }, hub.following ? t('ui.tag.unfollow') : t('ui.tag.follow'));
  replace(ctx.main,
    h('h1', {}, `#${hub.label}`),
    h('p', { class: 'ts-muted' }, t('ui.tag.intro')),
    follow,
    h('section', { class: 'ts-section', 'aria-labelledby': 'tag-threads' }, h('h2', { id: 'tag-threads' }, t('ui.tag.threads')),
      hub.threads.length ? h('ul', { class: 'ts-threads' }, hub.threads.map(threadItem)) : emptyState(t('ui.tag.no-threads'))),
    h('section', { class: 'ts-section', 'aria-labelledby': 'tag-people' }, h('h2', { id: 'tag-people' }, t('ui.tag.people')),
      hub.writers.length ? h('ul', { class: 'ts-people' }, hub.writers.map((w) => h('li', {},
        avatar({ id: w.personId, name: w.name, picture: w.picture, size: 'sm' }), h('a', { href: `#/people/${w.personId}` }, w.name))))
        : emptyState(t('ui.tag.no-people'))));
}
