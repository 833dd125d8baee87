// Hash routes (#/spaces/<id>, #/threads/<id>, #/search?q=...): the page never reloads, so the
// session held by the page stays, and no token ever appears in a URL.
const listeners = [];

export function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query] = hash.split('?');
  return { path, params: new URLSearchParams(query || '') };
}

export function navigate(hash, replaceEntry = false) {
  if (replaceEntry) {
    history.replaceState(null, '', hash);
    listeners.forEach((l) => l(route().path));
  } else {
    location.hash = hash;
  }
}

export function onRoute(listener) {
  listeners.push(listener);
  window.addEventListener('hashchange', () => listener(route().path));
}
