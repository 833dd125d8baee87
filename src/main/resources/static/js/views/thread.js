import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { when, trustedHtml } from '../format.js';
import { editor } from './editor.js';
import { ensureConduct, conductRefusal } from './conduct.js';

const REASONS = ['HARASSMENT', 'HATE', 'MISINFORMATION', 'SPAM', 'OFF_TOPIC', 'OTHER'];

// Writes that the server refused for the code of conduct show the code; once accepted, they are tried again.
async function write(call) {
  try {
    return await call();
  } catch (err) {
    if (await conductRefusal(err)) return call();
    throw err;
  }
}

function reportForm(post, status) {
  const reason = h('select', { id: `report-reason-${post.id}`, required: true },
    REASONS.map((r) => h('option', { value: r }, t(`ui.report.reason.${r}`))));
  const text = h('textarea', { id: `report-text-${post.id}`, rows: '3', maxlength: '2000' });
  const form = h('form', { class: 'ts-report', 'aria-label': t('ui.report.title'), onsubmit: async (e) => {
    e.preventDefault();
    try {
      await write(() => api(`/api/posts/${post.id}/reports`, { method: 'POST', body: { reason: reason.value, text: text.value } }));
      form.replaceWith(h('p', { role: 'status', class: 'ts-muted' }, t('ui.report.thanks')));
    } catch (err) { status.textContent = err.message; }
  } },
  h('h3', {}, t('ui.report.title')), h('p', { class: 'ts-muted' }, t('ui.report.private')),
  h('label', { for: `report-reason-${post.id}` }, t('ui.report.reason')), reason,
  h('label', { for: `report-text-${post.id}` }, t('ui.report.text')), text,
  h('p', {}, h('button', { type: 'submit' }, t('ui.report.send')), ' ',
    h('button', { type: 'button', class: 'ts-secondary', onclick: () => form.remove() }, t('ui.cancel'))));
  return form;
}

// The author of a post under review reads the moderators' private notes and, after editing, asks for a review.
async function reviewPanel(post, status) {
  const review = await api(`/api/posts/${post.id}/review`);
  if (!review.underReview) return null;
  const asked = !!review.reviewRequestedAt;
  const panel = h('section', { class: 'ts-card ts-review', 'aria-label': t('ui.review.title') },
    h('h3', {}, t('ui.review.title')),
    review.hidden ? h('p', {}, t('ui.review.hidden')) : null,
    review.notes.map((n) => h('blockquote', { class: 'ts-note' }, h('p', {}, n.text), h('p', { class: 'ts-meta' }, t('ui.review.from'), ' · ', when(n.sentAt)))),
    h('p', { class: 'ts-muted' }, t('ui.review.help')),
    asked ? h('p', { role: 'status' }, t('ui.review.asked')) : h('button', { type: 'button', id: `ts-request-review-${post.id}`, onclick: async () => {
      try {
        await api(`/api/posts/${post.id}/review`, { method: 'POST', body: {} });
        panel.replaceWith(h('p', { role: 'status', class: 'ts-muted' }, t('ui.review.asked')));
      } catch (err) { status.textContent = err.message; }
    } }, t('ui.review.request')));
  return panel;
}

const KINDS = ['HELPFUL', 'INSIGHTFUL', 'THANKS'];
// Seek > Sense > Share: the audiences from the narrowest to the widest.
const LADDER = ['PEER_GROUP', 'SPACE', 'ORGANISATION'];

function reactions(post, reload) {
  return h('div', { class: 'ts-reactions', role: 'group', 'aria-label': t('ui.post.reactions') },
    KINDS.map((kind) => {
      const mine = post.myReactions.includes(kind);
      const count = post.reactions[kind] || 0;
      return h('button', { type: 'button', class: `ts-reaction${mine ? ' ts-on' : ''}`, 'aria-pressed': String(mine),
        dataset: { reaction: kind },
        onclick: async () => {
          try { await write(() => api(`/api/posts/${post.id}/reactions/${kind}`, { method: mine ? 'DELETE' : 'PUT' })); reload(); }
          catch (err) { const s = document.querySelector('#main [role="status"]'); if (s) s.textContent = err.message; }
        } },
      t(`ui.reaction.${kind}`), count ? ` ${count}` : '');
    }));
}

function postItem(view, post, byId, actions) {
  const quoted = post.quotedPostId && byId[post.quotedPostId];
  let body = h('div', { class: 'ts-post-body' });
  const own = post.authorId === actions.me;
  if (post.deleted) body.append(h('p', { class: 'ts-muted' }, t('ui.post.deleted')));
  else if (post.hidden && !post.html) body.append(h('p', { class: 'ts-muted ts-hidden-notice' }, t('ui.post.hidden')));
  else trustedHtml(body, post.html);
  if (post.hidden && post.html) body.prepend(h('p', { class: 'ts-badge ts-muted' }, t('ui.post.hidden-for-members')));
  // A blocked author's post comes collapsed: one click shows it, nothing is lost.
  if (post.collapsed && !post.deleted) {
    body = h('details', { class: 'ts-post-body ts-collapsed' }, h('summary', {}, t('ui.post.collapsed', post.authorName)), body);
  }
  // The opening post of a thread the moderators hid names no author to other members.
  const authorName = post.authorId ? post.authorName : t('ui.post.hidden-author');
  return h('article', { class: `ts-post${post.opening ? ' ts-opening' : ''}`, id: `post-${post.id}`, dataset: { post: post.id },
    'aria-label': t('ui.post.by', authorName) },
    h('header', { class: 'ts-meta' },
      post.authorId ? h('a', { href: `#/people/${post.authorId}` }, authorName) : authorName, ' · ', when(post.createdAt),
      // Earlier versions of what the moderators reviewed are for its author and them only.
      post.editedAt ? h('span', {}, ' · ', post.historyShown
        ? h('button', { type: 'button', class: 'ts-link', onclick: () => actions.history(post) }, t('ui.post.edited'))
        : t('ui.post.edited')) : null,
      view.lastReadBefore && !post.opening && new Date(post.createdAt) > new Date(view.lastReadBefore)
        ? h('span', { class: 'ts-badge' }, t('ui.thread.new')) : null),
    quoted ? h('blockquote', { class: 'ts-quote' }, h('p', { class: 'ts-meta' }, t('ui.post.quoting', quoted.authorName)),
      quoted.deleted ? h('p', {}, t('ui.post.deleted')) : trustedHtml(h('div'), quoted.html)) : null,
    body,
    post.deleted ? null : h('footer', { class: 'ts-post-actions' },
      view.inSpace ? reactions(post, actions.reload) : null,
      view.mayReply ? h('button', { type: 'button', class: 'ts-link', onclick: () => actions.reply(post, false) }, t('ui.post.reply')) : null,
      view.mayReply ? h('button', { type: 'button', class: 'ts-link', onclick: () => actions.reply(post, true) }, t('ui.post.quote')) : null,
      post.mayEdit ? h('button', { type: 'button', class: 'ts-link', onclick: () => actions.edit(post) }, t('ui.post.edit')) : null,
      post.mayDelete ? h('button', { type: 'button', class: 'ts-link', onclick: () => actions.remove(post) }, t('ui.post.delete')) : null,
      view.inSpace && !own ? h('button', { type: 'button', class: 'ts-link', dataset: { report: post.id },
        onclick: () => actions.report(post) }, t('ui.post.report')) : null,
      view.mayModerate ? h('button', { type: 'button', class: 'ts-link', dataset: { hide: post.id }, onclick: () => actions.hide(post) },
        post.hidden ? t('ui.moderation.restore') : t('ui.moderation.hide')) : null,
      !own && post.authorId ? h('button', { type: 'button', class: 'ts-link', 'aria-pressed': String(!!post.collapsed), onclick: () => actions.block(post) },
        post.collapsed ? t('ui.post.unblock', post.authorName) : t('ui.post.block', post.authorName)) : null,
      !post.sharedWider && post.authorId === actions.me && view.thread.audience !== 'SPACE' && !post.opening
        ? h('button', { type: 'button', class: 'ts-link', onclick: () => actions.share(post) }, t('ui.post.share')) : null));
}

export async function threadView(ctx, threadId) {
  const view = await api(`/api/threads/${threadId}`);
  ctx.setSpace(view.thread.spaceId);
  const byId = Object.fromEntries(view.posts.map((p) => [p.id, p]));
  const status = h('p', { role: 'status', class: 'ts-muted' });
  const reload = () => threadView(ctx, threadId);
  let target = { parentId: null, quotedPostId: null };
  const compose = view.mayReply ? editor({ spaceId: view.thread.spaceId, label: t('ui.thread.your-reply'), id: 'reply-body' }) : null;
  const replyingTo = h('p', { class: 'ts-muted', 'aria-live': 'polite' });
  const actions = {
    me: ctx.me.person.id,
    reload,
    reply: (post, quote) => {
      target = { parentId: post.opening ? null : post.id, quotedPostId: quote ? post.id : null };
      replyingTo.textContent = quote ? t('ui.post.quoting', post.authorName) : t('ui.thread.replying-to', post.authorName);
      document.getElementById('reply-body').focus();
    },
    edit: (post) => {
      const edit = editor({ spaceId: view.thread.spaceId, label: t('ui.post.edit'), id: `edit-${post.id}`, value: post.markdown });
      const article = document.getElementById(`post-${post.id}`);
      const form = h('form', { onsubmit: async (e) => {
        e.preventDefault();
        try { await write(() => api(`/api/posts/${post.id}`, { method: 'PUT', body: { body: edit.value() } })); reload(); } catch (err) { status.textContent = err.message; }
      } }, edit.element, h('button', { type: 'submit' }, t('ui.save')));
      article.querySelector('.ts-post-body').replaceWith(form);
      document.getElementById(`edit-${post.id}`).focus();
    },
    remove: async (post) => {
      if (!window.confirm(t('ui.post.delete-confirm'))) return;
      await api(`/api/posts/${post.id}`, { method: 'DELETE' });
      reload();
    },
    report: (post) => {
      const article = document.getElementById(`post-${post.id}`);
      if (article.querySelector('.ts-report')) return;
      article.append(reportForm(post, status));
      document.getElementById(`report-reason-${post.id}`).focus();
    },
    hide: async (post) => {
      try { await api(`/api/posts/${post.id}/hidden`, post.hidden ? { method: 'DELETE' } : { method: 'PUT', body: {} }); reload(); }
      catch (err) { status.textContent = err.message; }
    },
    block: async (post) => {
      if (!post.collapsed && !window.confirm(t('ui.post.block-confirm', post.authorName))) return;
      await api(`/api/people/${post.authorId}/block`, { method: post.collapsed ? 'DELETE' : 'PUT' });
      reload();
    },
    share: async (post) => { await api(`/api/posts/${post.id}/share`, { method: 'POST' }); reload(); },
    history: async (post) => {
      const revisions = await api(`/api/posts/${post.id}/revisions`);
      const article = document.getElementById(`post-${post.id}`);
      article.append(h('section', { class: 'ts-history', 'aria-label': t('ui.post.history') },
        h('h3', {}, t('ui.post.history')),
        revisions.map((r) => h('div', {}, h('p', { class: 'ts-meta' }, t('ui.post.version', r.version), ' · ', when(r.replacedAt)),
          h('pre', {}, r.markdown)))));
    },
  };

  const tops = view.posts.filter((p) => !p.parentId);
  const children = (id) => view.posts.filter((p) => p.parentId === id);
  const list = h('div', { class: 'ts-posts' }, tops.map((post) => h('div', { class: 'ts-post-group' },
    postItem(view, post, byId, actions),
    children(post.id).length ? h('div', { class: 'ts-replies' }, children(post.id).map((c) => postItem(view, c, byId, actions))) : null)));

  const moderation = h('div', { class: 'ts-thread-actions' },
    h('button', { type: 'button', class: 'ts-secondary', 'aria-pressed': String(view.following), onclick: async () => {
      await api(`/api/threads/${threadId}/follow`, { method: view.following ? 'DELETE' : 'POST' }); reload();
    } }, view.following ? t('ui.thread.unfollow') : t('ui.thread.follow')),
    view.mayFacilitate ? h('button', { type: 'button', class: 'ts-secondary', onclick: async () => {
      await api(`/api/threads/${threadId}/pin`, { method: view.thread.pinned ? 'DELETE' : 'POST' }); reload();
    } }, view.thread.pinned ? t('ui.thread.unpin') : t('ui.thread.pin')) : null,
    h('button', { type: 'button', class: 'ts-secondary', id: 'ts-mute', 'aria-pressed': String(view.muted), onclick: async () => {
      await api(`/api/threads/${threadId}/mute`, { method: view.muted ? 'DELETE' : 'PUT' }); reload();
    } }, view.muted ? t('ui.thread.unmute') : t('ui.thread.mute')),
    view.mayModerate ? h('a', { class: 'ts-button ts-secondary', href: `#/spaces/${view.thread.spaceId}/moderation` }, t('ui.moderation.title')) : null,
    view.mayModerate ? h('button', { type: 'button', class: 'ts-secondary', onclick: async () => {
      await api(`/api/threads/${threadId}/lock`, { method: view.thread.locked ? 'DELETE' : 'POST' }); reload();
    } }, view.thread.locked ? t('ui.thread.unlock') : t('ui.thread.lock')) : null,
    (view.isAuthor || view.mayFacilitate) && view.thread.audience !== 'ORGANISATION' ? h('button', { type: 'button', class: 'ts-secondary',
      id: 'ts-widen', 'aria-expanded': 'false', 'aria-controls': 'ts-widen-consent',
      onclick: async (e) => {
        const wider = view.thread.audience === 'PEER_GROUP' ? 'SPACE' : 'ORGANISATION';
        // The author's consent is asked for first, saying who will see it; a facilitator only asks the author.
        if (view.isAuthor) { askConsent(e.currentTarget, wider); return; }
        try {
          const result = await api(`/api/threads/${threadId}/audience`, { method: 'POST', body: { audience: wider } });
          status.textContent = result.result === 'REQUESTED' ? t('ui.thread.widen-requested') : '';
          reload();
        } catch (err) { status.textContent = err.message; }
      } }, view.isAuthor ? t('ui.thread.widen') : t('ui.thread.ask-widen')) : null,
    view.narrowTo ? h('button', { type: 'button', class: 'ts-secondary', id: 'ts-narrow', onclick: async () => {
      try {
        await api(`/api/threads/${threadId}/audience/narrow`, { method: 'POST', body: { audience: view.narrowTo } });
        await reload();
        const done = document.querySelector('#main [role="status"]');
        if (done) done.textContent = t('ui.thread.narrowed', t(`ui.audience.${view.narrowTo}`));
      } catch (err) { status.textContent = err.message; }
    } }, t('ui.thread.narrow', t(`ui.audience.${view.narrowTo}`))) : null);

  // Who will be able to see it once it is shared, in words, before anything moves.
  const who = (wider) => (wider === 'SPACE' ? t('ui.thread.widen-who.SPACE', view.spaceTitle)
    : t('ui.thread.widen-who.ORGANISATION', ctx.me.organisation ? ctx.me.organisation.name : ''));
  const consent = h('section', { class: 'ts-card ts-consent', id: 'ts-widen-consent', hidden: true, 'aria-labelledby': 'ts-consent-title' });
  function askConsent(button, wider) {
    button.setAttribute('aria-expanded', 'true');
    replace(consent,
      h('h2', { id: 'ts-consent-title' }, t('ui.thread.widen-title', t(`ui.audience.${wider}`))),
      h('p', { id: 'ts-consent-who' }, who(wider)),
      h('p', {},
        h('button', { type: 'button', id: 'ts-widen-confirm', onclick: async () => {
          try {
            await api(`/api/threads/${threadId}/audience`, { method: 'POST', body: { audience: wider } });
            await reload();
            const done = document.querySelector('#main [role="status"]');
            if (done) done.textContent = t('ui.thread.widened', t(`ui.audience.${wider}`));
          } catch (err) { status.textContent = err.message; }
        } }, t('ui.thread.widen-confirm')), ' ',
        h('button', { type: 'button', class: 'ts-secondary', onclick: () => {
          consent.hidden = true;
          button.setAttribute('aria-expanded', 'false');
          button.focus();
        } }, t('ui.cancel'))));
    consent.hidden = false;
    document.getElementById('ts-widen-confirm').focus();
  }

  // Every widening and narrowing back, with who and when: the thread's own record of consent.
  const history = view.audienceHistory && view.audienceHistory.length ? h('details', { class: 'ts-section', id: 'ts-audience-history' },
    h('summary', {}, t('ui.thread.audience-history')),
    h('ol', {}, view.audienceHistory.map((step) => h('li', { dataset: { to: step.to } }, when(step.at), ' · ',
      t(LADDER.indexOf(step.to) > LADDER.indexOf(step.from) ? 'ui.thread.audience-step.widened' : 'ui.thread.audience-step.narrowed', step.byName || t('ui.post.hidden-author'), t(`ui.thread.audience.${step.to}`)),
      step.requested ? ` ${t('ui.thread.audience-step.requested')}` : '')))) : null;

  const request = view.openRequest && view.isAuthor ? h('section', { class: 'ts-card ts-request', role: 'region', 'aria-label': t('ui.thread.request') },
    h('p', {}, t('ui.thread.request-text', t(`ui.audience.${view.openRequest.audience}`))),
    h('p', {}, who(view.openRequest.audience)),
    h('button', { type: 'button', onclick: async () => {
      await api(`/api/threads/audience-requests/${view.openRequest.id}`, { method: 'POST', body: { accept: true } }); reload();
    } }, t('ui.thread.request-accept')), ' ',
    h('button', { type: 'button', class: 'ts-secondary', onclick: async () => {
      await api(`/api/threads/audience-requests/${view.openRequest.id}`, { method: 'POST', body: { accept: false } }); reload();
    } }, t('ui.thread.request-decline'))) : null;

  const replyForm = compose ? h('form', { class: 'ts-card ts-reply', onsubmit: async (e) => {
    e.preventDefault();
    try {
      await write(() => api(`/api/threads/${threadId}/replies`, { method: 'POST', body: { body: compose.value(), ...target } }));
      compose.clear();
      reload();
    } catch (err) { status.textContent = err.message; }
  } }, h('h2', {}, t('ui.thread.reply')), replyingTo, compose.element, h('button', { type: 'submit' }, t('ui.thread.send'))) : null;

  replace(ctx.main,
    h('p', { class: 'ts-breadcrumb' }, view.inSpace ? h('a', { href: `#/spaces/${view.thread.spaceId}` }, view.spaceTitle) : view.spaceTitle),
    h('h1', {}, view.thread.title ?? t('ui.thread.hidden-title')),
    h('p', { class: 'ts-meta' }, t(`ui.audience.${view.thread.audience}`),
      view.thread.tags.map((tag) => h('span', {}, ' · ', h('a', { href: `#/tags/${encodeURIComponent(tag.name)}`, class: 'ts-tag' }, `#${tag.label}`)))),
    request, moderation, consent, status, history, list,
    view.hiddenFromOutside ? h('p', { class: 'ts-muted' }, t('ui.thread.hidden-outside', view.hiddenFromOutside)) : null,
    view.thread.locked ? h('p', { class: 'ts-muted' }, t('ui.thread.locked-text')) : null,
    replyForm);
  if (view.inSpace) ensureConduct(view.thread.spaceId);
  // The author's own posts under review show the moderators' private notes.
  for (const post of view.posts.filter((p) => p.authorId === actions.me && p.underReview && !p.deleted)) {
    const panel = await reviewPanel(post, status);
    if (panel) document.getElementById(`post-${post.id}`).append(panel);
  }
}
