// The space switcher in the bar: a button with the current space's name that opens the person's
// spaces (disclosure pattern: aria-expanded, Escape closes and returns focus), each with what it
// is for and how alive it is, plus "All my spaces" and, when the course links several spaces,
// the course's chooser.

import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { ago } from '../format.js';

export function spaceSwitcher(state) {
  const title = h('span', { class: 'ts-switcher-title' });
  const button = h('button', { type: 'button', class: 'ts-switcher-button', id: 'ts-switcher', 'aria-expanded': 'false',
    'aria-controls': 'ts-switcher-panel' }, title);
  const list = h('ul', { class: 'ts-switcher-list', id: 'ts-switcher-list' });
  const more = h('p', { class: 'ts-switcher-more' });
  const panel = h('div', { class: 'ts-switcher-panel', id: 'ts-switcher-panel', hidden: true },
    h('h2', { id: 'ts-switcher-heading' }, t('ui.switcher.heading')), list, more);
  const element = h('div', { class: 'ts-switcher' }, button, panel);
  list.setAttribute('aria-labelledby', 'ts-switcher-heading');

  const close = (refocus) => {
    if (panel.hidden) return;
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (refocus) button.focus();
  };

  async function refresh() {
    try {
      state.spaces = await api('/api/spaces', { quiet: true });
    } catch (e) {
      state.spaces = state.spaces || [];
    }
    update();
    return state.spaces;
  }

  function update() {
    const current = (state.spaces || []).find((s) => s.id === state.spaceId);
    title.textContent = current ? current.title : (state.spaceTitle || t('ui.switcher.choose'));
    button.setAttribute('aria-label', current || state.spaceTitle
      ? t('ui.switcher.label', current ? current.title : state.spaceTitle) : t('ui.switcher.choose'));
    // Rebuilding the list must not lose the focus of someone moving through it.
    const focused = list.contains(document.activeElement) ? document.activeElement.getAttribute('href') : null;
    replace(list, sorted(state.spaces || []).map((space) => h('li', {},
      h('a', { href: `#/spaces/${space.id}`, 'aria-current': space.id === state.spaceId ? 'page' : null, onclick: () => close(false) },
        h('strong', {}, space.title),
        h('p', { class: 'ts-meta' }, activity(space))))));
    if (focused) {
      const again = list.querySelector(`a[href="${focused}"]`);
      if (again) again.focus();
    }
    const choices = state.destination && state.destination.choices && state.destination.choices.length > 1;
    replace(more,
      h('a', { href: '#/spaces', onclick: () => close(false) }, t('ui.switcher.all')),
      choices && state.me.course ? [' · ', h('a', { href: '#/choose', onclick: () => close(false) },
        t('ui.switcher.course', state.me.course.name))] : null);
  }

  button.addEventListener('click', async () => {
    if (!panel.hidden) { close(false); return; }
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    if (!state.spaces) await refresh(); else refresh();
    const first = list.querySelector('a[aria-current="page"]') || list.querySelector('a') || more.querySelector('a');
    if (first) first.focus();
  });
  // Escape closes the panel wherever the focus is (and puts it back on the button).
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !panel.hidden) { e.preventDefault(); close(true); }
  });
  element.addEventListener('focusout', (e) => {
    if (!panel.hidden && e.relatedTarget && !element.contains(e.relatedTarget)) close(false);
  });
  document.addEventListener('click', (e) => { if (!element.contains(e.target)) close(false); });

  return { element, update, refresh };
}

// The course's own spaces first, then the most recently active.
function sorted(spaces) {
  return [...spaces].sort((a, b) => (Number(b.ofMyCourse) - Number(a.ofMyCourse))
    || String(b.lastActivityAt || '').localeCompare(String(a.lastActivityAt || ''))
    || a.title.localeCompare(b.title));
}

// "12 members · active 3 days ago" (or "no conversations yet").
export function activity(space) {
  return [t('ui.space.members', space.memberCount),
    space.lastActivityAt ? t('ui.space.active', ago(space.lastActivityAt)) : t('ui.space.quiet')].join(' · ');
}
