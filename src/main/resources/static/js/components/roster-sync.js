// <ts-roster-sync course-id="…">: a course's roster sync for people who teach it. Shows when the
// roster was last complete and a button to sync it now; while a sync runs, an accessible <progress>
// bar (measured against the previous roster size, indeterminate on a first sync) and what it has
// applied so far. It talks to GET/POST /api/courses/{id}/roster/sync with the page's session (the
// Authorization header set by api.js); for a learner (403) it shows nothing.
//
// Self-contained: light DOM (so the page's CSS applies and no inline style is needed under the
// CSP), text through i18n.js's t() with English fallbacks when the strings are not loaded.

import { api, ApiError } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';

const ENGLISH = {
  'ui.roster.title': 'Course roster',
  'ui.roster.sync-now': 'Sync roster now',
  'ui.roster.syncing': 'Syncing the roster from your LMS…',
  'ui.roster.progress-label': 'Roster sync progress',
  'ui.roster.progress': '{0} members applied from {1} pages',
  'ui.roster.last-success': 'Last complete sync: {0}',
  'ui.roster.never': 'The roster has not been synced yet.',
  'ui.roster.succeeded': 'Sync finished: {0} new, {1} updated, {2} lost access.',
  'ui.roster.failed': 'The last sync stopped: {0} Nobody lost access because of it.',
  'ui.roster.members': '{0} members with access',
  'ui.roster.no-service': 'Your LMS has not offered this course\'s roster to Thirdspace.',
  'ui.roster.error': 'The roster status could not be loaded.',
};

const POLL_MS = 1000;
let instances = 0;

function say(key, ...args) {
  const text = t(key, ...args);
  if (text !== key) return text;
  return (ENGLISH[key] || key).replace(/\{(\d+)\}/g, (_, i) => (args[i] !== undefined ? String(args[i]) : ''));
}

function number(value) {
  return new Intl.NumberFormat(document.documentElement.lang || undefined).format(value);
}

function when(iso) {
  const date = new Date(iso);
  const text = new Intl.DateTimeFormat(document.documentElement.lang || undefined,
    { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  return h('time', { datetime: date.toISOString() }, text);
}

// A sentence with a <time> element where its {0} is.
function withTime(key, iso) {
  const [before, after = ''] = say(key, '\u0000').split('\u0000');
  return [before, when(iso), after];
}

class RosterSync extends HTMLElement {
  static get observedAttributes() { return ['course-id']; }

  constructor() {
    super();
    instances += 1;
    this.uid = `ts-roster-sync-${instances}`;
    this.timer = null;
    this.lastState = null;
  }

  connectedCallback() {
    this.heading = h('h2', { id: `${this.uid}-title` }, say('ui.roster.title'));
    this.summary = h('p', { 'data-field': 'summary' });
    this.progressText = h('p', { id: `${this.uid}-progress-text`, 'data-field': 'progress-text' });
    this.progress = h('progress', {
      id: `${this.uid}-progress`, 'aria-label': say('ui.roster.progress-label'),
      'aria-describedby': `${this.uid}-progress-text`, hidden: true,
    });
    this.status = h('p', { role: 'status', 'aria-live': 'polite', 'data-field': 'status' });
    this.button = h('button', { type: 'button', class: 'ts-secondary', onclick: () => this.start() }, say('ui.roster.sync-now'));
    replace(this, h('section', { class: 'ts-card', 'aria-labelledby': `${this.uid}-title` },
      this.heading, this.summary, this.progress, this.progressText, this.status, h('p', {}, this.button)));
    this.refresh();
  }

  disconnectedCallback() {
    clearTimeout(this.timer);
    this.timer = null;
  }

  attributeChangedCallback(name, before, after) {
    if (before !== null && before !== after && this.isConnected) this.refresh();
  }

  get path() {
    return `/api/courses/${encodeURIComponent(this.getAttribute('course-id') || '')}/roster/sync`;
  }

  async refresh() {
    clearTimeout(this.timer);
    try {
      this.show(await api(this.path, { quiet: true }));
    } catch (e) {
      this.failed(e);
    }
  }

  async start() {
    this.button.disabled = true;
    try {
      this.show(await api(this.path, { method: 'POST' }));
    } catch (e) {
      this.failed(e);
    }
  }

  failed(e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 403 || e.status === 404)) {
      this.hidden = true; // not a facilitator of this course: nothing to show
      return;
    }
    this.button.disabled = false;
    this.status.textContent = say('ui.roster.error');
    this.timer = setTimeout(() => this.refresh(), POLL_MS * 5);
  }

  show(view) {
    this.hidden = false;
    const job = view.job;
    const running = job && job.state === 'running';
    replace(this.summary,
      view.lastSuccessfulSyncAt ? withTime('ui.roster.last-success', view.lastSuccessfulSyncAt)
        : say(view.rosterService ? 'ui.roster.never' : 'ui.roster.no-service'),
      ' · ', say('ui.roster.members', number(view.activeMembers)));
    this.button.disabled = running || !view.rosterService;
    this.button.setAttribute('aria-disabled', String(this.button.disabled));
    if (running) {
      this.progress.hidden = false;
      if (job.expectedMembers) {
        this.progress.max = job.expectedMembers;
        this.progress.value = Math.min(job.membersApplied, job.expectedMembers);
      } else {
        this.progress.removeAttribute('value'); // indeterminate: the LMS does not say how long a roster is
      }
      this.progressText.textContent = say('ui.roster.progress', number(job.membersApplied), number(job.pagesFetched));
      if (this.lastState !== 'running') this.status.textContent = say('ui.roster.syncing');
      this.timer = setTimeout(() => this.refresh(), POLL_MS);
    } else {
      this.progress.hidden = true;
      this.progressText.textContent = '';
      if (job && job.state === 'succeeded' && this.lastState === 'running') {
        this.status.textContent = say('ui.roster.succeeded', number(job.membersAdded), number(job.membersUpdated),
          number(job.membersDeactivated));
      } else if (job && job.state === 'failed') {
        this.status.textContent = say('ui.roster.failed', job.error || '');
      }
    }
    this.lastState = job ? job.state : null;
  }
}

if (!customElements.get('ts-roster-sync')) customElements.define('ts-roster-sync', RosterSync);
