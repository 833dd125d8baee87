// Hash routes (#/spaces/<id>, #/threads/<id>, #/search?q=...): the page never reloads, so the
// session held by the page stays, and no token ever appears in a URL.
//
// Views register their routes with defineRoute(); a path no route matches gets the "not found"
// view. A route's pattern is a path with :names for its parts ("/spaces/:id/moderation").

const listeners = [];
const routes = [];

export function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query] = hash.split('?');
  return { path: path || '/', params: new URLSearchParams(query || '') };
}

// handler(ctx, ...parts): renders the view into ctx.main. `when(state)` may refuse the route
// (then it is as if it did not exist, e.g. the designer page outside a deep-linking launch).
export function defineRoute(pattern, handler, { when = null } = {}) {
  const names = [];
  const source = pattern.replace(/\/$/, '').split('/').map((part) => {
    if (part.startsWith(':')) { names.push(part.slice(1)); return '([^/]+)'; }
    return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }).join('/');
  routes.push({ pattern, regex: new RegExp(`^${source || ''}/?$`), handler, when });
}

// The route for a path and its decoded parts, or null.
export function match(path, state) {
  for (const r of routes) {
    const m = r.regex.exec(path);
    if (m && (!r.when || r.when(state))) {
      try {
        return { handler: r.handler, parts: m.slice(1).map(decodeURIComponent) };
      } catch (e) {
        return null; // a malformed %-escape: no such page
      }
    }
  }
  return null;
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
