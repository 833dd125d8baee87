import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { navigate } from '../router.js';
import { editor } from './editor.js';
import { conductRefusal } from './conduct.js';

export async function composeView(ctx, spaceId) {
  const space = await api(`/api/spaces/${spaceId}`);
  ctx.setSpace(space.id);
  const seeding = ctx.params.get('seed') === '1' && space.mayFacilitate;
  const title = h('input', { type: 'text', id: 'thread-title', name: 'title', required: true, maxlength: '300' });
  const tags = h('input', { type: 'text', id: 'thread-tags', name: 'tags' });
  const body = editor({ spaceId, label: t('ui.compose.body'), id: 'thread-body' });
  const audience = h('select', { id: 'thread-audience', name: 'audience' },
    space.myPeerGroups.map((g) => h('option', { value: `PEER_GROUP:${g.id}` }, t('ui.audience.group', g.name))),
    h('option', { value: 'SPACE', selected: true }, t('ui.audience.SPACE')),
    h('option', { value: 'ORGANISATION' }, t('ui.audience.ORGANISATION')));
  const publishAt = h('input', { type: 'datetime-local', id: 'publish-at', name: 'publishAt' });
  const error = h('p', { class: 'ts-error-text', role: 'alert' });
  const form = h('form', { class: 'ts-card', onsubmit: async (e) => {
    e.preventDefault();
    error.textContent = '';
    const tagList = tags.value.split(',').map((s) => s.trim()).filter(Boolean);
    const send = () => {
      if (seeding) {
        return api(`/api/spaces/${spaceId}/seeds`, { method: 'POST', body: {
          title: title.value, body: body.value(), tags: tagList,
          publishAt: publishAt.value ? new Date(publishAt.value).toISOString() : null } });
      }
      const [kind, group] = audience.value.split(':');
      return api(`/api/spaces/${spaceId}/threads`, { method: 'POST', body: {
        title: title.value, body: body.value(), tags: tagList, audience: kind, peerGroupId: group || null } });
    };
    let created;
    try {
      try {
        created = await send();
      } catch (err) {
        // Refused for the code of conduct: it is shown, and accepting it sends what was written in
        // the same step. Declining keeps the text here, unsent.
        if (!(await conductRefusal(err))) {
          error.textContent = err.problem && String(err.problem.type || '').endsWith('/conduct-not-accepted')
            ? t('ui.conduct.kept') : err.message;
          return;
        }
        created = await send();
      }
      navigate(seeding ? `#/spaces/${spaceId}` : `#/threads/${created.id}`);
    } catch (err) {
      error.textContent = err.message;
    }
  } },
    h('h1', {}, seeding ? t('ui.compose.seed-title') : t('ui.compose.title')),
    h('label', { for: 'thread-title' }, t('ui.compose.thread-title')), title,
    body.element,
    h('label', { for: 'thread-tags' }, t('ui.compose.tags')), tags,
    seeding ? [h('label', { for: 'publish-at' }, t('ui.compose.publish-at')), publishAt]
      : [h('label', { for: 'thread-audience' }, t('ui.compose.audience')), audience],
    error,
    h('p', {}, h('button', { type: 'submit' }, seeding ? t('ui.compose.schedule') : t('ui.compose.post')), ' ',
      h('a', { href: `#/spaces/${spaceId}` }, t('ui.cancel'))));
  replace(ctx.main, form);
}
