import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { threadItem } from './space.js';

export async function tagView(ctx, name) {
  const hub = await api(`/api/tags/${encodeURIComponent(name)}`);
  const reload = () => tagView(ctx, name);
  replace(ctx.main,
    h('h1', {}, `#${hub.label}`),
    h('p', { class: 'ts-muted' }, t('ui.tag.intro')),
    h('button', { type: 'button', class: 'ts-secondary', 'aria-pressed': String(hub.following), onclick: async () => {
      await api(`/api/tags/${encodeURIComponent(hub.name)}/follow`, { method: hub.following ? 'DELETE' : 'POST' }); reload();
    } }, hub.following ? t('ui.tag.unfollow') : t('ui.tag.follow')),
    h('section', { 'aria-labelledby': 'tag-threads' }, h('h2', { id: 'tag-threads' }, t('ui.tag.threads')),
      h('ul', { class: 'ts-threads' }, hub.threads.map(threadItem))),
    h('section', { 'aria-labelledby': 'tag-people' }, h('h2', { id: 'tag-people' }, t('ui.tag.people')),
      h('ul', { class: 'ts-people' }, hub.writers.map((w) => h('li', {}, h('a', { href: `#/people/${w.personId}` }, w.name))))));
}
