import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { navigate } from '../router.js';
import { busy, fieldError, clearFieldError } from '../ui/feedback.js';
import { keepDraft } from '../ui/drafts.js';
import { editor } from './editor.js';
import { conductRefusal } from './conduct.js';

export async function composeView(ctx, spaceId) {
  const space = await api(`/api/spaces/${spaceId}`);
  ctx.setSpace(space.id, space.title);
  const seeding = ctx.params.get('seed') === '1' && space.mayFacilitate;
  const title = h('input', { type: 'text', id: 'thread-title', name: 'title', required: true, maxlength: '300' });
  const tags = h('input', { type: 'text', id: 'thread-tags', name: 'tags', 'aria-describedby': 'thread-tags-hint' });
  const body = editor({ spaceId, label: t('ui.compose.body'), id: 'thread-body', me: ctx.me.person.id });
  const audience = h('select', { id: 'thread-audience', name: 'audience' },
    // From "My peer group", the group is chosen already (?group=id).
    space.myPeerGroups.map((g) => h('option', { value: `PEER_GROUP:${g.id}`, selected: ctx.params.get('group') === g.id },
      t('ui.audience.group', g.name))),
    h('option', { value: 'SPACE', selected: !space.myPeerGroups.some((g) => ctx.params.get('group') === g.id) }, t('ui.audience.SPACE')),
    h('option', { value: 'ORGANISATION' }, t('ui.audience.ORGANISATION')));
  const publishAt = h('input', { type: 'datetime-local', id: 'publish-at', name: 'publishAt' });
  const submit = h('button', { type: 'submit', id: 'ts-post-thread' }, seeding ? t('ui.compose.schedule') : t('ui.compose.post'));
  // What is typed survives a reload of the page, until it is posted.
  const draft = keepDraft(ctx.me.person.id, `${seeding ? 'seed' : 'thread'}:${spaceId}`,
    { title, tags, body: body.textarea }, { onSave: () => body.drafted(false) });
  if (draft.restored) body.drafted(true);
  const form = h('form', { class: 'ts-card', 'aria-labelledby': 'ts-compose-title', onsubmit: (e) => {
    e.preventDefault();
    clearFieldError(submit);
    busy(submit, async () => {
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
      try {
        let created;
        try {
          created = await send();
        } catch (err) {
          // Refused for the code of conduct: it is shown, and accepting it sends what was written in
          // the same step. Declining keeps the text here, unsent.
          if (!(await conductRefusal(err))) {
            fieldError(submit, err.problem && String(err.problem.type || '').endsWith('/conduct-not-accepted')
              ? t('ui.conduct.kept') : err);
            return;
          }
          created = await send();
        }
        draft.clear();
        navigate(seeding ? `#/spaces/${spaceId}` : `#/threads/${created.id}`);
      } catch (err) {
        fieldError(submit, err);
      }
    });
  } },
    h('p', { class: 'ts-breadcrumb' }, h('a', { href: `#/spaces/${spaceId}` }, space.title)),
    h('h1', { id: 'ts-compose-title' }, seeding ? t('ui.compose.seed-title') : t('ui.compose.title')),
    h('label', { for: 'thread-title' }, t('ui.compose.thread-title')), title,
    body.element,
    h('label', { for: 'thread-tags' }, t('ui.compose.tags')),
    h('p', { class: 'ts-hint', id: 'thread-tags-hint' }, t('ui.compose.tags-hint')), tags,
    seeding ? [h('label', { for: 'publish-at' }, t('ui.compose.publish-at')), publishAt]
      : [h('label', { for: 'thread-audience' }, t('ui.compose.audience')), audience],
    h('div', { class: 'ts-actions' }, submit, h('a', { class: 'ts-button ts-secondary', href: `#/spaces/${spaceId}` }, t('ui.cancel'))));
  replace(ctx.main, form);
}
