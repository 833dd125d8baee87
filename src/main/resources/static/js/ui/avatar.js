// A person's avatar: the picture their LMS sent (the OIDC `picture` claim) when it can show,
// else their initials on a colour chosen from their id (the same colour everywhere, white text
// at AA contrast). Decorative: the person's name is always written next to it, so screen
// readers skip it.

import { h } from '../dom.js';

const COLOURS = 8;

export function initials(name) {
  const words = String(name || '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...words[0]][0] || '';
  const last = words.length > 1 ? [...words[words.length - 1]][0] : '';
  return (first + last).toLocaleUpperCase();
}

function colourOf(key) {
  let hash = 0;
  for (const c of String(key || '')) hash = (hash * 31 + c.codePointAt(0)) >>> 0;
  return hash % COLOURS;
}

// Pictures from https addresses or the tool's own origin only: the Content Security Policy allows
// those (img-src 'self' https:), and an http picture would be blocked as mixed content anyway.
function usable(picture) {
  if (!picture) return false;
  try {
    const url = new URL(picture, location.href);
    return url.protocol === 'https:' || url.origin === location.origin;
  } catch (e) {
    return false;
  }
}

// size: 'sm', 'md' or 'lg'. `id` keeps the colour stable; the name gives the initials.
export function avatar({ id, name, picture, size = 'md' }) {
  const box = h('span', { class: `ts-avatar ts-avatar-${size} ts-avatar-c${colourOf(id || name)}`, 'aria-hidden': 'true' });
  const letters = () => { box.replaceChildren(initials(name)); box.classList.remove('ts-avatar-picture'); };
  if (usable(picture)) {
    const image = h('img', { src: picture, alt: '', loading: 'lazy', decoding: 'async', referrerpolicy: 'no-referrer' });
    image.addEventListener('error', letters, { once: true });
    box.classList.add('ts-avatar-picture');
    box.append(image);
  } else {
    letters();
  }
  return box;
}
