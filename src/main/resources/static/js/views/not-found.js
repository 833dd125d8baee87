import { t } from '../i18n.js';
import { h, replace } from '../dom.js';

// What an address that leads nowhere shows — an unknown route, or a space, conversation or
// person that does not exist or that the person may not see (the two are not told apart) —
// with the ways back: the space they were in, their spaces, the previous page.
export function notFoundView(ctx) {
  const home = ctx.state.spaceId ? h('a', { class: 'ts-button', href: `#/spaces/${ctx.state.spaceId}`, id: 'ts-back-home' },
    t('ui.not-found.space')) : null;
  replace(ctx.main, h('section', { class: 'ts-card ts-not-found', 'aria-labelledby': 'ts-not-found-title' },
    h('h1', { id: 'ts-not-found-title' }, t('ui.not-found.title')),
    h('p', {}, t('ui.not-found.text')),
    h('div', { class: 'ts-actions' },
      home,
      h('a', { class: home ? 'ts-button ts-secondary' : 'ts-button', href: '#/spaces' }, t('ui.not-found.spaces')),
      history.length > 1 ? h('button', { type: 'button', class: 'ts-link', onclick: () => history.back() }, t('ui.not-found.back')) : null)));
}
