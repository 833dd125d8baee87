// The frame every view sits in: a skip link, the bar (space switcher, navigation, search, the
// person), the loading indicator and <main>. It is built once; views only change what is inside
// <main>, so the page never goes blank between views.
//
// Navigation entries are registered, not hard-wired: a new kind of view adds its own entry with
// addNavEntry() (see docs/UI.md), and the bar shows it when its href() gives a link.

import { t, formatNumber } from '../i18n.js';
import { h } from '../dom.js';
import { navigate } from '../router.js';
import { avatar } from './avatar.js';
import { loadingIndicator } from './loading.js';
import { spaceSwitcher } from './switcher.js';
import { searchIcon } from './icons.js';

const entries = [];

// entry: { id, order, label(state), href(state) → string|null, current(path, state) → boolean,
//          count(state) → number (a badge, e.g. unread notifications) }
export function addNavEntry(entry) {
  const at = entries.findIndex((e) => e.id === entry.id);
  if (at >= 0) entries.splice(at, 1);
  entries.push(entry);
  entries.sort((a, b) => (a.order ?? 50) - (b.order ?? 50));
}

// options.signOut: called by the bar's sign-out button (the session ends on the server first).
// options.operator: the operator's console (no launch behind it): no space switcher, no search,
// no person card — only the navigation and sign-out.
export function createShell(state, options = {}) {
  const main = h('main', { id: 'main', class: 'ts-main', tabindex: '-1' });
  const [loadingBar, loadingStatus] = loadingIndicator(main);
  const nav = h('nav', { class: 'ts-nav', 'aria-label': t('ui.nav.label') });
  const switcher = options.operator ? null : spaceSwitcher(state);
  const search = options.operator ? null : h('input', { type: 'search', name: 'q', id: 'ts-search', 'aria-label': t('ui.search.label'),
    placeholder: t('ui.search.placeholder'), autocomplete: 'off' });
  const form = options.operator ? null : h('form', { role: 'search', class: 'ts-search', 'aria-label': t('ui.search.label'), onsubmit: (e) => {
    e.preventDefault();
    const q = search.value.trim();
    if (q) navigate(`#/search?q=${encodeURIComponent(q)}`);
    else search.focus();
  } }, search, h('button', { type: 'submit', class: 'ts-secondary ts-icon-button', id: 'ts-search-button', title: t('ui.search.button'),
    'aria-label': t('ui.search.button') }, searchIcon()));
  const me = options.operator ? h('span', { class: 'ts-me', id: 'ts-me' }, h('span', { class: 'ts-me-name' }, t('ui.console.operator')))
    : h('a', { class: 'ts-me', href: `#/people/${state.me.person.id}`, id: 'ts-me' },
      avatar({ id: state.me.person.id, name: state.me.person.name, picture: state.me.picture, size: 'sm' }),
      h('span', { class: 'ts-me-name' }, state.me.person.name));
  const signOut = options.signOut ? h('button', { type: 'button', class: 'ts-link ts-sign-out', id: 'ts-sign-out',
    onclick: options.signOut }, t('ui.nav.sign-out')) : null;
  const header = h('header', { class: 'ts-header' },
    // The person and sign-out stay together when the bar wraps (a 1024 px LMS frame, a phone).
    h('div', { class: 'ts-header-inner' }, switcher ? switcher.element : null, nav, form,
      h('div', { class: 'ts-account' }, me, signOut)));

  function update(path = '') {
    if (switcher) switcher.update();
    // The links are updated in place, not rebuilt: a link someone has focused keeps the focus.
    const links = entries.filter((entry) => !options.operator || entry.console).map((entry) => {
      const href = entry.href(state);
      if (!href) return null;
      const count = entry.count ? entry.count(state) : 0;
      const link = nav.querySelector(`#${entry.id}`) || h('a', { id: entry.id });
      link.setAttribute('href', href);
      if (entry.current && entry.current(path, state)) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
      link.replaceChildren(entry.label(state), ...(count > 0 ? [h('span', { class: 'ts-count', 'aria-hidden': 'true' }, formatNumber(count)),
        h('span', { class: 'ts-visually-hidden' }, t('ui.nav.unread', count))] : []));
      return link;
    }).filter(Boolean);
    links.forEach((link, i) => { if (nav.children[i] !== link) nav.insertBefore(link, nav.children[i] || null); });
    while (nav.children.length > links.length) nav.lastElementChild.remove();
  }

  return {
    elements: [h('a', { class: 'ts-skip', href: '#main', onclick: (e) => { e.preventDefault(); main.focus(); } }, t('ui.skip')),
      header, loadingBar, loadingStatus, main],
    main,
    search,
    update,
    refreshSpaces: () => (switcher ? switcher.refresh() : Promise.resolve([])),
  };
}
