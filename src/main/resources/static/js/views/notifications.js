import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { when } from '../format.js';
import { emptyState } from '../ui/feedback.js';

// Where a notification leads: the moderators' queue for what waits for them, My reports for an
// outcome, else the conversation.
function target(n) {
  if (n.kind === 'REPORT_RECEIVED' || n.kind === 'REVIEW_REQUESTED') return `#/spaces/${n.spaceId}/moderation`;
  if (n.kind === 'REPORT_DECIDED') return '#/reports';
  return `#/threads/${n.threadId}`;
}

export async function notificationsView(ctx) {
  const page = await api('/api/notifications');
  const unread = page.items.filter((n) => !n.read).map((n) => n.id);
  replace(ctx.main,
    h('h1', {}, t('ui.notifications.title')),
    page.items.length ? h('ul', { class: 'ts-notifications' }, page.items.map((n) => h('li', { class: n.read ? '' : 'ts-unread', dataset: { kind: n.kind } },
      h('a', { href: target(n) },
        t(`ui.notification.${n.kind}`, n.actorName || '', n.threadTitle || '')),
      h('span', { class: 'ts-meta' }, ' · ', when(n.createdAt)))))
      : emptyState(t('ui.notifications.none')));
  if (unread.length) {
    await api('/api/notifications/read', { method: 'POST', body: { ids: unread }, quiet: true });
    ctx.state.unread = 0;
  }
}
