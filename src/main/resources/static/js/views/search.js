import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { when, trustedHtml } from '../format.js';

export async function searchView(ctx, params) {
  const q = params.get('q') || '';
  const input = document.getElementById('ts-search');
  if (input) input.value = q;
  const hits = q ? await api(`/api/search?q=${encodeURIComponent(q)}${params.get('tag') ? `&tag=${encodeURIComponent(params.get('tag'))}` : ''}`) : [];
  replace(ctx.main,
    h('h1', {}, t('ui.search.results', q)),
    hits.length ? h('ol', { class: 'ts-hits' }, hits.map((hit) => h('li', { class: 'ts-hit' },
      h('a', { href: `#/threads/${hit.threadId}`, class: hit.threadTitle == null ? 'ts-muted' : null },
        hit.threadTitle ?? t('ui.thread.hidden-title')),
      h('p', { class: 'ts-meta' }, hit.spaceTitle, ' · ', h('a', { href: `#/people/${hit.authorId}` }, hit.authorName), ' · ', when(hit.createdAt)),
      trustedHtml(h('p', { class: 'ts-snippet' }), hit.snippet))))
      : h('p', { class: 'ts-muted' }, q ? t('ui.search.none') : t('ui.search.empty')));
}
