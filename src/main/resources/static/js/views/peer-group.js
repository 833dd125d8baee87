// "My peer group": the members, the next meeting with "Add to calendar", the agenda, the past
// meetings with their recording and notes (kept by the members), and the group's threads. A
// learner who belongs to a group sees it first in their space (peerGroupPanel), and the whole
// page at #/peer-groups/:id.
import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { when } from '../format.js';
import { avatar } from '../ui/avatar.js';
import { busy, clearFieldError, emptyState, fieldError, say } from '../ui/feedback.js';
import { navigate } from '../router.js';
import { downloadFile } from '../ui/download.js';
import { threadItem } from './space.js';

const STARTER_PROMPTS = 3;

function prompts(schedule) {
  if (schedule && schedule.agenda.length) return schedule.agenda;
  return Array.from({ length: STARTER_PROMPTS }, (_, i) => t(`ui.peer-group.prompt.${i + 1}`));
}

function calendarButton(group, id, label, path, name) {
  const button = h('button', { type: 'button', class: 'ts-secondary', id,
    onclick: () => downloadFile(`/api/peer-groups/${group.id}${path}`, name, button) }, label);
  return button;
}

function nextMeeting(group, headingLevel = 'h2') {
  if (!group.next) return h('p', { class: 'ts-muted', id: 'ts-no-meetings' }, t('ui.peer-group.none-scheduled'));
  const { next, schedule } = group;
  return h('div', { class: 'ts-next-meeting', id: 'ts-next-meeting' },
    h(headingLevel, {}, t('ui.peer-group.next')),
    h('p', { class: 'ts-meeting-when' }, h('time', { datetime: next.startsAt }, when(next.startsAt)),
      ' · ', t('ui.peer-group.duration', schedule.durationMinutes)),
    schedule.knownHours ? h('p', { class: 'ts-meta' }, t('ui.peer-group.fit', schedule.withinHours, schedule.knownHours)) : null,
    h('div', { class: 'ts-row' },
      calendarButton(group, 'ts-add-to-calendar', t('ui.peer-group.add-to-calendar'), `/meetings/${next.number}/calendar.ics`,
        'peer-group-meeting.ics'),
      calendarButton(group, 'ts-add-series', t('ui.peer-group.add-series'), '/calendar.ics', 'peer-group-meetings.ics')));
}

// Shown first in a space to its members who belong to one of its peer groups.
export async function peerGroupPanel(groupRef) {
  let group;
  try {
    group = await api(`/api/peer-groups/${groupRef.id}`);
  } catch (err) {
    return null;
  }
  return h('section', { class: 'ts-card ts-my-peer-group', id: 'ts-my-peer-group', 'aria-labelledby': 'ts-my-peer-group-title' },
    h('h2', { id: 'ts-my-peer-group-title' }, t('ui.peer-group.title'), ': ', group.name),
    h('ul', { class: 'ts-peer-members', 'aria-label': t('ui.peer-group.members') }, group.members.map((m) =>
      h('li', {}, avatar({ id: m.id, name: m.name, picture: m.picture }), ' ', h('a', { href: `#/people/${m.id}` }, m.name)))),
    nextMeeting(group, 'h3'),
    h('p', {}, h('a', { class: 'ts-button', href: `#/peer-groups/${group.id}`, id: 'ts-open-peer-group' }, t('ui.peer-group.open'))));
}

function recordForm(ctx, group, meeting) {
  const n = meeting.number;
  const url = h('input', { type: 'url', id: `ts-recording-${n}`, value: meeting.recordingUrl || '', maxlength: '2000',
    placeholder: 'https://' });
  const notes = h('textarea', { id: `ts-notes-${n}`, rows: '5', maxlength: '20000' }, meeting.notes || '');
  const save = h('button', { type: 'submit', id: `ts-save-record-${n}` }, t('ui.peer-group.save'));
  const share = h('button', { type: 'button', class: 'ts-secondary', id: `ts-notes-thread-${n}`, onclick: () => busy(share, async () => {
    if (!notes.value.trim()) { notes.focus(); return; }
    try {
      const created = await api(`/api/spaces/${group.spaceId}/threads`, { method: 'POST', body: {
        title: t('ui.peer-group.notes-thread-title', n + 1, new Date(meeting.startsAt).toLocaleDateString()),
        body: notes.value, tags: [], audience: 'PEER_GROUP', peerGroupId: group.id } });
      navigate(`#/threads/${created.id}`);
    } catch (err) { fieldError(share, err); }
  }) }, t('ui.peer-group.notes-to-thread'));
  return h('form', { class: 'ts-meeting-record', onsubmit: (e) => {
    e.preventDefault();
    busy(save, async () => {
      try {
        await api(`/api/peer-groups/${group.id}/meetings/${n}/record`, { method: 'PUT',
          body: { recordingUrl: url.value, notes: notes.value } });
        say(save, t('ui.peer-group.saved'));
      } catch (err) { fieldError(save, err); }
    });
  } },
  h('label', { for: url.id }, t('ui.peer-group.recording')), url,
  h('label', { for: notes.id }, t('ui.peer-group.notes')), notes,
  h('div', { class: 'ts-actions' }, save, share),
  h('p', { class: 'ts-muted' }, t('ui.peer-group.notes-to-artifact')));
}

function meetingItem(ctx, group, meeting) {
  return h('li', { class: 'ts-card ts-meeting', dataset: { meeting: String(meeting.number) } },
    h('h3', {}, t('ui.peer-group.meeting', meeting.number + 1), ' · ', h('time', { datetime: meeting.startsAt }, when(meeting.startsAt))),
    group.mayRecord ? recordForm(ctx, group, meeting) : [
      meeting.recordingUrl ? h('p', {}, h('a', { href: meeting.recordingUrl, rel: 'noopener noreferrer', target: '_blank' },
        t('ui.peer-group.watch'))) : null,
      meeting.notes ? h('p', { class: 'ts-notes' }, meeting.notes) : null]);
}

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
const DURATIONS = [30, 45, 60, 75, 90, 120];

// The facilitator's choices for the series: the n-th weekday of the month, how long, and the agenda
// (one prompt a line; empty keeps the starter prompts). The time of day is the server's to choose
// from the members' working hours, so it is not asked.
function scheduleForm(ctx, group) {
  const s = group.schedule;
  const select = (id, values, current, label) => h('select', { id }, values.map((v) =>
    h('option', { value: String(v), selected: String(v) === String(current) }, label(v))));
  const week = select('ts-meeting-week', [1, 2, 3, 4], s ? s.weekOfMonth : 2, (n) => t(`ui.peer-group.week.${n}`));
  const weekday = select('ts-meeting-weekday', WEEKDAYS, s ? s.weekday : 'TUESDAY', (d) => t(`ui.peer-group.weekday.${d}`));
  const durations = s && !DURATIONS.includes(s.durationMinutes) ? [...DURATIONS, s.durationMinutes].sort((a, b) => a - b) : DURATIONS;
  const duration = select('ts-meeting-duration', durations, s ? s.durationMinutes : 60, (m) => t('ui.peer-group.duration', m));
  const agenda = h('textarea', { id: 'ts-meeting-agenda', rows: '4', 'aria-describedby': 'ts-meeting-agenda-hint' },
    s ? s.agenda.join('\n') : '');
  const save = h('button', { type: 'submit', id: 'ts-schedule-meetings', class: 'ts-secondary' },
    t(s ? 'ui.peer-group.reschedule' : 'ui.peer-group.schedule'));
  return h('form', { class: 'ts-schedule-form', id: 'ts-schedule-form', 'aria-labelledby': 'ts-schedule-title', onsubmit: (e) => {
    e.preventDefault();
    busy(save, async () => {
      clearFieldError(save);
      try {
        await api(`/api/peer-groups/${group.id}/meetings`, { method: 'PUT', body: {
          weekOfMonth: Number(week.value), weekday: weekday.value, durationMinutes: Number(duration.value),
          agenda: agenda.value.split('\n').map((p) => p.trim()).filter(Boolean) } });
        await peerGroupView(ctx, group.id);
      } catch (err) { fieldError(save, err); }
    });
  } },
  h('h2', { id: 'ts-schedule-title' }, t('ui.peer-group.schedule.title')),
  h('div', { class: 'ts-row' },
    h('label', { for: week.id }, t('ui.peer-group.schedule.week')), week,
    h('label', { for: weekday.id }, t('ui.peer-group.schedule.weekday')), weekday,
    h('label', { for: duration.id }, t('ui.peer-group.schedule.duration')), duration),
  h('label', { for: agenda.id }, t('ui.peer-group.schedule.agenda')),
  h('p', { class: 'ts-muted', id: 'ts-meeting-agenda-hint' }, t('ui.peer-group.schedule.agenda.help')),
  agenda,
  h('div', { class: 'ts-actions' }, save));
}

export async function peerGroupView(ctx, groupId) {
  const group = await api(`/api/peer-groups/${groupId}`);
  ctx.setSpace(group.spaceId, group.spaceTitle);
  const schedule = group.mayFacilitate ? scheduleForm(ctx, group) : null;
  const meetings = [group.next, ...group.past].filter(Boolean);
  replace(ctx.main,
    h('p', { class: 'ts-breadcrumb' }, h('a', { href: `#/spaces/${group.spaceId}` }, group.spaceTitle)),
    h('section', { class: 'ts-card ts-space-head', 'aria-labelledby': 'peer-group-title' },
      h('h1', { id: 'peer-group-title', tabindex: '-1' }, t('ui.peer-group.title'), ': ', group.name),
      h('ul', { class: 'ts-peer-members', 'aria-label': t('ui.peer-group.members') }, group.members.map((m) =>
        h('li', {}, avatar({ id: m.id, name: m.name, picture: m.picture }), ' ', h('a', { href: `#/people/${m.id}` }, m.name)))),
      nextMeeting(group),
      schedule),
    h('section', { class: 'ts-section', 'aria-labelledby': 'peer-group-agenda' },
      h('h2', { id: 'peer-group-agenda' }, t('ui.peer-group.agenda')),
      h('ol', { id: 'ts-agenda' }, prompts(group.schedule).map((p) => h('li', {}, p)))),
    h('section', { class: 'ts-section', 'aria-labelledby': 'peer-group-threads' },
      h('h2', { id: 'peer-group-threads' }, t('ui.peer-group.threads')),
      group.threads.length ? h('ul', { class: 'ts-threads', id: 'ts-group-threads' }, group.threads.map(threadItem))
        : emptyState(t('ui.peer-group.no-threads')),
      group.mayPost ? h('p', {}, h('a', { class: 'ts-button', id: 'ts-group-post',
        href: `#/spaces/${group.spaceId}/new-thread?group=${group.id}` }, t('ui.peer-group.post'))) : null),
    meetings.length ? h('section', { class: 'ts-section', 'aria-labelledby': 'peer-group-meetings' },
      h('h2', { id: 'peer-group-meetings' }, t('ui.peer-group.past')),
      h('ul', { class: 'ts-meetings' }, meetings.map((m) => meetingItem(ctx, group, m)))) : null);
}
