// The page's session: the token arrives in the launch response, is kept in sessionStorage (per tab,
// partitioned by the browser inside an LMS iframe) and sent as a header; it never goes in a URL.
//
// Every request goes through api(), which also tells listeners how many requests are under way,
// so the page can show that it is waiting (ui/loading.js) instead of going blank.

const KEY = 'thirdspace.session';
// The operator's credential on the console page (/console): typed into a form, kept for this tab
// only and sent as the same header; like the session token it never goes in a URL.
const OPERATOR_KEY = 'thirdspace.operator';
let token = null;
let pending = 0;
const activityListeners = new Set();

export function startSession() {
  const meta = document.querySelector('meta[name="ts-session"]');
  if (meta && meta.content) {
    token = meta.content;
    sessionStorage.setItem(KEY, token);
    meta.remove();
  } else {
    token = sessionStorage.getItem(KEY);
  }
  return token !== null;
}

// The console page for the operator: the credential typed now, or the one this tab kept.
export function startOperatorSession(credential = null) {
  if (credential) sessionStorage.setItem(OPERATOR_KEY, credential);
  token = sessionStorage.getItem(OPERATOR_KEY);
  return token !== null;
}

// The emulator's "open the console as operator" (development only) hands the credential over in the
// page, as a launch hands over its session token; the console page itself carries none.
export function operatorCredentialInPage() {
  const meta = document.querySelector('meta[name="ts-session"]');
  const credential = meta && meta.content ? meta.content : null;
  if (meta) meta.remove();
  return credential;
}

export function endOperatorSession() {
  token = null;
  sessionStorage.removeItem(OPERATOR_KEY);
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem && problem.detail ? problem.detail : `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  // The last part of the problem type (https://thirdspace.org/problems/suspended → "suspended").
  get code() {
    const type = String(this.problem.type || '');
    return type.slice(type.lastIndexOf('/') + 1);
  }
}

// Called with the number of requests under way whenever it changes.
export function onActivity(listener) {
  activityListeners.add(listener);
  return () => activityListeners.delete(listener);
}

function changed(delta) {
  pending += delta;
  activityListeners.forEach((listener) => listener(pending));
}

// `quiet`: a request the person did not ask for (polling, counts) does not show the loading indicator.
export async function api(path, { method = 'GET', body, headers = {}, quiet = false } = {}) {
  const init = { method, headers: { Accept: 'application/json', ...headers } };
  if (token) init.headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  if (!quiet) changed(1);
  try {
    const response = await fetch(path, init);
    if (response.status === 204) return null;
    const type = response.headers.get('Content-Type') || '';
    const data = type.includes('json') ? await response.json() : await response.text();
    if (!response.ok) throw new ApiError(response.status, typeof data === 'object' ? data : null);
    return data;
  } finally {
    if (!quiet) changed(-1);
  }
}

// A file the API makes (an export): fetched with the session's token, handed back as a Blob.
export async function apiFile(path) {
  const init = { headers: token ? { Authorization: `Bearer ${token}` } : {} };
  changed(1);
  try {
    const response = await fetch(path, init);
    if (!response.ok) {
      const type = response.headers.get('Content-Type') || '';
      throw new ApiError(response.status, type.includes('json') ? await response.json() : null);
    }
    return await response.blob();
  } finally {
    changed(-1);
  }
}

// Sign-out: the server ends the session at once (every token of it, on every node); the page forgets it.
export async function endSession() {
  try {
    await api('/api/session/sign-out', { method: 'POST' });
  } finally {
    token = null;
    sessionStorage.removeItem(KEY);
  }
}

// Renew the short-lived token while the page is in use.
export function keepSessionAlive(everyMs = 10 * 60 * 1000) {
  setInterval(async () => {
    try {
      const renewed = await api('/api/session/renew', { method: 'POST', quiet: true });
      if (renewed && renewed.token) {
        token = renewed.token;
        sessionStorage.setItem(KEY, token);
      }
    } catch (e) {
      // Expired for good: the next request shows the "open the tool again" message.
    }
  }, everyMs);
}
