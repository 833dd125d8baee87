import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { navigate } from '../router.js';
import { when, trustedHtml } from '../format.js';
import { avatar } from '../ui/avatar.js';
import { emptyState, problemText } from '../ui/feedback.js';

// Search with its filters: words, a space, a tag, an author (the API's q, space, tag and author).
// The filters live in the address (#/search?q=…&space=…&tag=…&author=…), so a search can be
// reloaded, shared with oneself, and gone back to; each active filter shows as a chip that removes it.
export async function searchView(ctx, params) {
  const q = (params.get('q') || '').trim();
  const filters = { space: params.get('space') || '', tag: params.get('tag') || '', author: params.get('author') || '' };
  const authorName = params.get('authorName') || '';
  const header = document.getElementById('ts-search');
  if (header) header.value = q;

  const query = (changes) => {
    const next = new URLSearchParams();
    const merged = { q, ...filters, authorName, ...changes };
    Object.entries(merged).forEach(([k, v]) => { if (v) next.set(k, v); });
    if (!merged.author) next.delete('authorName');
    return `#/search?${next}`;
  };

  const asking = ctx.state.spaces ? Promise.resolve(ctx.state.spaces) : api('/api/spaces').catch(() => []);
  let hits = [];
  let error = null;
  if (q) {
    const narrowing = Object.entries(filters).map(([k, v]) => (v ? `&${k}=${encodeURIComponent(v)}` : '')).join('');
    try {
      hits = await api(`/api/search?q=${encodeURIComponent(q)}${narrowing}`);
    } catch (e) {
      if (e.status !== 400) throw e;
      error = e; // e.g. words too short: said next to the form
    }
  }
  const spaces = await asking;
  ctx.state.spaces = spaces;

  const words = h('input', { type: 'search', id: 'search-q', name: 'q', required: true });
  words.value = q;
  const space = h('select', { id: 'search-space', name: 'space' },
    h('option', { value: '' }, t('ui.search.any-space')),
    spaces.map((s) => h('option', { value: s.id, selected: s.id === filters.space }, s.title)));
  const tag = h('input', { type: 'text', id: 'search-tag', name: 'tag', list: 'search-tag-list', autocomplete: 'off',
    placeholder: t('ui.search.tag-placeholder') });
  tag.value = filters.tag;
  const tagList = h('datalist', { id: 'search-tag-list' });
  tag.addEventListener('input', async () => {
    const prefix = tag.value.replace(/^#/, '').trim();
    if (prefix.length < 1) return;
    try {
      const found = await api(`/api/tags?prefix=${encodeURIComponent(prefix)}`, { quiet: true });
      replace(tagList, found.map((tg) => h('option', { value: tg.name }, `#${tg.label}`)));
    } catch (e) { /* suggestions are a nicety */ }
  });
  // Authors: anyone, or one of the people found (and the one already chosen).
  const people = new Map();
  if (filters.author) people.set(filters.author, authorName || t('ui.search.chosen-author'));
  hits.forEach((hit) => { if (!people.has(hit.authorId)) people.set(hit.authorId, hit.authorName); });
  const author = h('select', { id: 'search-author', name: 'author', 'aria-describedby': 'search-author-hint' },
    h('option', { value: '' }, t('ui.search.any-author')),
    [...people].map(([id, name]) => h('option', { value: id, selected: id === filters.author }, name)));

  const form = h('form', { class: 'ts-card ts-search-form', 'aria-labelledby': 'ts-search-form-title', onsubmit: (e) => {
    e.preventDefault();
    const chosen = author.value ? people.get(author.value) : '';
    navigate(query({ q: words.value.trim(), space: space.value, tag: tag.value.replace(/^#/, '').trim(), author: author.value,
      authorName: chosen }));
  } },
    h('h2', { id: 'ts-search-form-title', class: 'ts-visually-hidden' }, t('ui.search.filters')),
    h('label', { for: 'search-q' }, t('ui.search.words')), words,
    h('div', { class: 'ts-filters' },
      h('div', {}, h('label', { for: 'search-space' }, t('ui.search.space')), space),
      h('div', {}, h('label', { for: 'search-tag' }, t('ui.search.tag')), tag, tagList),
      h('div', {}, h('label', { for: 'search-author' }, t('ui.search.author')), author)),
    h('p', { class: 'ts-hint', id: 'search-author-hint' }, t('ui.search.author-hint')),
    h('div', { class: 'ts-actions' }, h('button', { type: 'submit', id: 'search-apply' }, t('ui.search.button'))));
  // A changed filter searches again at once.
  [space, author].forEach((select) => select.addEventListener('change', () => form.requestSubmit()));

  const spaceTitle = (id) => (spaces.find((s) => s.id === id) || {}).title || t('ui.search.a-space');
  const chips = [
    filters.space ? [t('ui.search.chip.space', spaceTitle(filters.space)), { space: '' }] : null,
    filters.tag ? [t('ui.search.chip.tag', filters.tag), { tag: '' }] : null,
    filters.author ? [t('ui.search.chip.author', people.get(filters.author)), { author: '' }] : null,
  ].filter(Boolean);

  replace(ctx.main,
    h('h1', {}, q ? t('ui.search.results', q) : t('ui.search.title')),
    form,
    chips.length ? h('ul', { class: 'ts-chips', 'aria-label': t('ui.search.active-filters') }, chips.map(([label, change]) => h('li', { class: 'ts-chip' },
      h('span', {}, label),
      h('button', { type: 'button', 'aria-label': t('ui.search.remove-filter', label), onclick: () => navigate(query(change)) }, '✕')))) : null,
    error ? h('p', { class: 'ts-field-error', role: 'alert' }, problemText(error)) : null,
    q && !error ? h('p', { class: 'ts-meta', role: 'status', id: 'ts-search-count' }, t('ui.search.count', hits.length)) : null,
    hits.length ? h('ol', { class: 'ts-hits' }, hits.map((hit) => h('li', { class: 'ts-hit' },
      h('a', { href: `#/threads/${hit.threadId}`, class: hit.threadTitle == null ? 'ts-muted' : null },
        hit.threadTitle ?? t('ui.thread.hidden-title')),
      h('p', { class: 'ts-meta' },
        h('a', { href: query({ space: hit.spaceId }), title: t('ui.search.only-space', hit.spaceTitle) }, hit.spaceTitle), ' · ',
        h('span', { class: 'ts-byline' }, avatar({ id: hit.authorId, name: hit.authorName, picture: hit.authorPicture, size: 'sm' }),
          h('a', { href: `#/people/${hit.authorId}` }, hit.authorName)), ' · ', when(hit.createdAt)),
      trustedHtml(h('p', { class: 'ts-snippet' }), hit.snippet))))
      : error ? null : emptyState(q ? (chips.length ? t('ui.search.none-filtered') : t('ui.search.none')) : t('ui.search.empty')));
}
