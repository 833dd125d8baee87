import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { when } from '../format.js';
import { emptyState } from '../ui/feedback.js';

export async function notificationsView(ctx) {
  const page = await api('/api/notifications');
  const unread = page.items.filter((n) => !n.read).map((n) => n.id);
  replace(ctx.main,
    h('h1', {}, t('ui.notifications.title')),
    page.items.length ? h('ul', { class: 'ts-notifications' }, page.items.map((n) => h('li', { class: n.read ? '' : 'ts-unread', dataset: { kind: n.kind } },
      h('a', { href: n.postId ? `#/threads/${n.threadId}` : `#/threads/${n.threadId}` },
        t(`ui.notification.${n.kind}`, n.actorName || '', n.threadTitle || '')),
      h('span', { class: 'ts-meta' }, ' · ', when(n.createdAt)))))
      : emptyState(t('ui.notifications.none')));
  if (unread.length) {
    await api('/api/notifications/read', { method: 'POST', body: { ids: unread }, quiet: true });
    ctx.state.unread = 0;
  }
}
