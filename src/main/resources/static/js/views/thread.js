import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { when, trustedHtml } from '../format.js';
import { avatar } from '../ui/avatar.js';
import { busy, fieldError, clearFieldError, say, confirmInline } from '../ui/feedback.js';
import { keepDraft } from '../ui/drafts.js';
import { editor } from './editor.js';
import { ensureConduct, conductRefusal } from './conduct.js';
import { makeArtifactForm } from './artifact.js';

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

// "You reported this": said instead of the Report button, which is not offered twice.
function reportedMark(post) {
  return h('span', { class: 'ts-reported', id: `reported-${post.id}` }, t('ui.post.reported'));
}

function reportForm(post) {
  const reason = h('select', { id: `report-reason-${post.id}`, required: true },
    REASONS.map((r) => h('option', { value: r }, t(`ui.report.reason.${r}`))));
  const text = h('textarea', { id: `report-text-${post.id}`, rows: '3', maxlength: '2000' });
  const send = h('button', { type: 'submit', id: `report-send-${post.id}` }, t('ui.report.send'));
  const form = h('form', { class: 'ts-report ts-card', 'aria-labelledby': `report-title-${post.id}`, onsubmit: (e) => {
    e.preventDefault();
    clearFieldError(send);
    busy(send, async () => {
      try {
        await write(() => api(`/api/posts/${post.id}/reports`, { method: 'POST', body: { reason: reason.value, text: text.value } }));
        const thanks = h('p', { role: 'status', class: 'ts-said' }, t('ui.report.thanks'));
        form.replaceWith(thanks);
        replaceReportButton(post);
      } catch (err) {
        // A second report of the same post: said next to the button, and the button goes.
        if (err.status === 409) { fieldError(send, t('ui.report.already')); replaceReportButton(post); }
        else fieldError(send, err);
      }
    });
  } },
  h('h3', { id: `report-title-${post.id}` }, t('ui.report.title')), h('p', { class: 'ts-muted' }, t('ui.report.private')),
  h('label', { for: `report-reason-${post.id}` }, t('ui.report.reason')), reason,
  h('label', { for: `report-text-${post.id}` }, t('ui.report.text')), text,
  h('div', { class: 'ts-actions' }, send,
    h('button', { type: 'button', class: 'ts-secondary', onclick: () => {
      form.remove();
      const button = document.querySelector(`[data-report="${post.id}"]`);
      if (button) button.focus();
    } }, t('ui.cancel'))));
  return form;
}

function replaceReportButton(post) {
  const button = document.querySelector(`[data-report="${post.id}"]`);
  if (button) button.replaceWith(reportedMark(post));
}

// The author of a post under review reads the moderators' private notes and, after editing, asks for a review.
async function reviewPanel(post) {
  const review = await api(`/api/posts/${post.id}/review`);
  if (!review.underReview) return null;
  const asked = !!review.reviewRequestedAt;
  const request = asked ? null : h('button', { type: 'button', id: `ts-request-review-${post.id}`, onclick: () => busy(request, async () => {
    try {
      await api(`/api/posts/${post.id}/review`, { method: 'POST', body: {} });
      panel.replaceWith(h('p', { role: 'status', class: 'ts-said' }, t('ui.review.asked')));
    } catch (err) { fieldError(request, err); }
  }) }, t('ui.review.request'));
  const panel = h('section', { class: 'ts-card ts-review', 'aria-label': t('ui.review.title') },
    h('h3', {}, t('ui.review.title')),
    review.hidden ? h('p', {}, t('ui.review.hidden')) : null,
    review.notes.map((n) => h('blockquote', { class: 'ts-note' }, h('p', {}, n.text), h('p', { class: 'ts-meta' }, t('ui.review.from'), ' · ', when(n.sentAt)))),
    h('p', { class: 'ts-muted' }, t('ui.review.help')),
    asked ? h('p', { role: 'status' }, t('ui.review.asked')) : request);
  return panel;
}

const KINDS = ['HELPFUL', 'INSIGHTFUL', 'THANKS'];
// Seek > Sense > Share: the audiences from the narrowest to the widest.
const LADDER = ['PEER_GROUP', 'SPACE', 'ORGANISATION'];

// Reactions are a word from others: on one's own post they show as counts, not as buttons.
function reactions(post, own) {
  if (own) {
    const counts = KINDS.filter((kind) => post.reactions[kind]);
    return counts.length ? h('div', { class: 'ts-reactions', role: 'group', 'aria-label': t('ui.post.reactions') },
      counts.map((kind) => h('span', { class: 'ts-reaction-count', dataset: { reaction: kind } },
        t('ui.reaction.count', t(`ui.reaction.${kind}`), post.reactions[kind])))) : null;
  }
  return h('div', { class: 'ts-reactions', role: 'group', 'aria-label': t('ui.post.reactions') },
    KINDS.map((kind) => {
      let mine = post.myReactions.includes(kind);
      let count = post.reactions[kind] || 0;
      const label = h('span', {}, t(`ui.reaction.${kind}`));
      const number = h('span', { class: 'ts-reaction-n' }, count ? String(count) : '');
      const button = h('button', { type: 'button', class: `ts-reaction${mine ? ' ts-on' : ''}`, 'aria-pressed': String(mine),
        id: `react-${post.id}-${kind}`, dataset: { reaction: kind },
        onclick: () => busy(button, async () => {
          clearFieldError(button);
          try {
            await write(() => api(`/api/posts/${post.id}/reactions/${kind}`, { method: mine ? 'DELETE' : 'PUT' }));
            count += mine ? -1 : 1;
            mine = !mine;
            button.setAttribute('aria-pressed', String(mine));
            button.classList.toggle('ts-on', mine);
            number.textContent = count ? String(count) : '';
          } catch (err) { fieldError(button.parentElement, err); }
        }) }, label, number);
      return button;
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
  const link = (label, onclick, extra = {}) => h('button', { type: 'button', class: 'ts-link', onclick, ...extra }, label);
  let remove = null;
  let block = null;
  remove = post.mayDelete ? link(t('ui.post.delete'), () => actions.remove(post, remove), { id: `delete-${post.id}` }) : null;
  // The opening post of a thread the moderators hid names no author to other members.
  const authorName = post.authorId ? post.authorName : t('ui.post.hidden-author');
  block = !own && post.authorId ? link(post.collapsed ? t('ui.post.unblock', post.authorName) : t('ui.post.block', post.authorName),
    () => actions.block(post, block), { 'aria-pressed': String(!!post.collapsed), id: `block-${post.id}` }) : null;
  return h('article', { class: `ts-post${post.opening ? ' ts-opening' : ''}`, id: `post-${post.id}`, dataset: { post: post.id },
    'aria-label': t('ui.post.by', authorName) },
    actions.answers && actions.answers.includes(post.id) ? h('p', { class: 'ts-badge ts-answer' }, t('ui.answer.badge')) : null,
    post.authorId ? avatar({ id: post.authorId, name: post.authorName, picture: post.authorPicture }) : null,
    h('header', { class: 'ts-meta' },
      post.authorId ? h('a', { href: `#/people/${post.authorId}` }, authorName) : authorName, ' · ', when(post.createdAt),
      // Earlier versions of what the moderators reviewed are for its author and them only.
      post.editedAt ? h('span', {}, ' · ', post.historyShown
        ? link(t('ui.post.edited'), () => actions.history(post)) : t('ui.post.edited')) : null,
      view.lastReadBefore && !post.opening && new Date(post.createdAt) > new Date(view.lastReadBefore)
        ? h('span', { class: 'ts-badge' }, t('ui.thread.new')) : null),
    quoted ? h('blockquote', { class: 'ts-quote' }, h('p', { class: 'ts-meta' }, t('ui.post.quoting', quoted.authorName)),
      quoted.deleted ? h('p', {}, t('ui.post.deleted')) : trustedHtml(h('div'), quoted.html)) : null,
    body,
    post.deleted ? null : h('footer', { class: 'ts-post-actions' },
      view.inSpace ? reactions(post, own) : null,
      view.mayReply ? link(t('ui.post.reply'), () => actions.reply(post, false)) : null,
      view.mayReply ? link(t('ui.post.quote'), () => actions.reply(post, true)) : null,
      post.mayEdit ? link(t('ui.post.edit'), () => actions.edit(post), { id: `edit-button-${post.id}` }) : null,
      remove,
      view.inSpace && !own ? (post.reportedByMe ? reportedMark(post)
        : link(t('ui.post.report'), () => actions.report(post), { dataset: { report: post.id } })) : null,
      view.mayModerate ? link(post.hidden ? t('ui.moderation.restore') : t('ui.moderation.hide'), () => actions.hide(post),
        { dataset: { hide: post.id }, id: `hide-${post.id}` }) : null,
      block,
      view.inSpace && !post.hidden ? link(t('ui.artifact.make'), () => actions.artifact(post, false), { id: `artifact-${post.id}` }) : null,
      actions.marksAnswers && !post.opening && !post.hidden ? link(actions.answers.includes(post.id) ? t('ui.answer.unmark') : t('ui.answer.mark'),
        () => actions.answer(post), { id: `answer-${post.id}`, 'aria-pressed': String(actions.answers.includes(post.id)) }) : null,
      actions.marksAnswers && !post.opening && !post.hidden ? link(t('ui.artifact.make-faq'), () => actions.artifact(post, true),
        { id: `faq-${post.id}` }) : null,
      !post.sharedWider && own && view.thread.audience !== 'SPACE' && !post.opening
        ? link(t('ui.post.share'), () => actions.share(post)) : null));
}

export async function threadView(ctx, threadId, afterReload = null) {
  const [view, answers] = await Promise.all([api(`/api/threads/${threadId}`),
    api(`/api/artifacts/answers?thread=${threadId}`, { quiet: true }).catch(() => [])]);
  ctx.setSpace(view.thread.spaceId, view.spaceTitle);
  const byId = Object.fromEntries(view.posts.map((p) => [p.id, p]));
  const status = h('p', { role: 'status', class: 'ts-said ts-tone-info', id: 'ts-thread-status' });
  // Reloads the thread in place; `then` runs on the new page (e.g. to confirm what was done there).
  const reload = (then = null) => threadView(ctx, threadId, then);
  let target = { parentId: null, quotedPostId: null };
  const compose = view.mayReply ? editor({ spaceId: view.thread.spaceId, label: t('ui.thread.your-reply'), id: 'reply-body', rows: 5, labelHidden: true,
    me: ctx.me.person.id }) : null;
  const replyingTo = h('p', { class: 'ts-muted', 'aria-live': 'polite' });
  const actions = {
    me: ctx.me.person.id,
    answers,
    // The thread's author and the facilitators mark replies as answers (more than one may be).
    marksAnswers: view.inSpace && (view.isAuthor || view.mayFacilitate),
    artifact: (post, faq) => {
      const article = ctx.main.querySelector(`#post-${post.id}`);
      if (article.querySelector('.ts-make-artifact')) return;
      const form = makeArtifactForm({ threadId, postId: post.opening ? null : post.id, faq, title: view.thread.title || '',
        onCancel: () => { const again = ctx.main.querySelector(`#${faq ? 'faq' : 'artifact'}-${post.id}`); if (again) again.focus(); } });
      article.append(form);
      form.querySelector('select, input').focus();
    },
    answer: (post) => {
      const button = ctx.main.querySelector(`#answer-${post.id}`);
      const marked = answers.includes(post.id);
      return busy(button, async () => {
        try {
          await write(() => api(`/api/artifacts/answers/${post.id}`, { method: marked ? 'DELETE' : 'POST' }));
          reload(() => { const again = ctx.main.querySelector(`#answer-${post.id}`); if (again) again.focus(); });
        } catch (err) { fieldError(button, err); }
      });
    },
    reply: (post, quote) => {
      target = { parentId: post.opening ? null : post.id, quotedPostId: quote ? post.id : null };
      replyingTo.textContent = quote ? t('ui.post.quoting', post.authorName) : t('ui.thread.replying-to', post.authorName);
      compose.textarea.focus();
    },
    edit: (post) => {
      const edit = editor({ spaceId: view.thread.spaceId, label: t('ui.post.edit'), id: `edit-${post.id}`, value: post.markdown,
        me: ctx.me.person.id });
      const article = ctx.main.querySelector(`#post-${post.id}`);
      const save = h('button', { type: 'submit' }, t('ui.save'));
      const form = h('form', { class: 'ts-edit', onsubmit: (e) => {
        e.preventDefault();
        busy(save, async () => {
          try {
            await write(() => api(`/api/posts/${post.id}`, { method: 'PUT', body: { body: edit.value() } }));
            reload(() => say(ctx.main.querySelector(`#post-${post.id} .ts-post-actions`), t('ui.post.saved')));
          } catch (err) { fieldError(save, err); }
        });
      } }, edit.element, h('div', { class: 'ts-actions' }, save,
        h('button', { type: 'button', class: 'ts-secondary', onclick: () => reload() }, t('ui.cancel'))));
      article.querySelector('.ts-post-body').replaceWith(form);
      edit.textarea.focus();
    },
    remove: async (post, button) => {
      if (!(await confirmInline(button, { question: t('ui.post.delete-confirm'), confirm: t('ui.post.delete'), danger: true }))) return;
      await busy(button, async () => {
        try {
          await api(`/api/posts/${post.id}`, { method: 'DELETE' });
          reload(() => say(ctx.main.querySelector(`#post-${post.id} .ts-post-body`), t('ui.post.deleted-said')));
        } catch (err) { fieldError(button, err); }
      });
    },
    report: (post) => {
      const article = ctx.main.querySelector(`#post-${post.id}`);
      if (article.querySelector('.ts-report')) return;
      article.append(reportForm(post));
      document.getElementById(`report-reason-${post.id}`).focus();
    },
    hide: (post) => {
      const button = ctx.main.querySelector(`#hide-${post.id}`);
      return busy(button, async () => {
        try {
          await api(`/api/posts/${post.id}/hidden`, post.hidden ? { method: 'DELETE' } : { method: 'PUT', body: {} });
          reload(() => {
            const again = ctx.main.querySelector(`#hide-${post.id}`);
            if (again) { again.focus(); say(again.parentElement, post.hidden ? t('ui.moderation.restored') : t('ui.moderation.hidden-said')); }
          });
        } catch (err) { fieldError(button, err); }
      });
    },
    block: async (post, button) => {
      if (!post.collapsed && !(await confirmInline(button, { question: t('ui.post.block-confirm', post.authorName),
        confirm: t('ui.post.block', post.authorName), danger: true }))) return;
      await busy(button, async () => {
        try {
          await api(`/api/people/${post.authorId}/block`, { method: post.collapsed ? 'DELETE' : 'PUT' });
          reload(() => {
            const again = ctx.main.querySelector(`#block-${post.id}`);
            if (again) { again.focus(); say(again.parentElement, post.collapsed ? t('ui.post.unblocked', post.authorName) : t('ui.post.blocked', post.authorName)); }
          });
        } catch (err) { fieldError(button, err); }
      });
    },
    share: async (post) => { await api(`/api/posts/${post.id}/share`, { method: 'POST' }); reload(); },
    history: async (post) => {
      const revisions = await api(`/api/posts/${post.id}/revisions`);
      const article = ctx.main.querySelector(`#post-${post.id}`);
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

  // A thread action that reloads the thread, busy while it runs, its error next to it.
  const toggle = (id, label, pressed, call) => {
    const button = h('button', { type: 'button', class: 'ts-secondary', id, 'aria-pressed': pressed === null ? null : String(pressed),
      onclick: () => busy(button, async () => {
        try {
          await call();
          reload(() => { const again = ctx.main.querySelector(`#${id}`); if (again) again.focus(); });
        } catch (err) { fieldError(button, err); }
      }) }, label);
    return button;
  };
  const moderation = h('div', { class: 'ts-thread-actions' },
    toggle('ts-follow', view.following ? t('ui.thread.unfollow') : t('ui.thread.follow'), view.following,
      () => api(`/api/threads/${threadId}/follow`, { method: view.following ? 'DELETE' : 'POST' })),
    view.mayFacilitate ? toggle('ts-pin', view.thread.pinned ? t('ui.thread.unpin') : t('ui.thread.pin'), null,
      () => api(`/api/threads/${threadId}/pin`, { method: view.thread.pinned ? 'DELETE' : 'POST' })) : null,
    toggle('ts-mute', view.muted ? t('ui.thread.unmute') : t('ui.thread.mute'), view.muted,
      () => api(`/api/threads/${threadId}/mute`, { method: view.muted ? 'DELETE' : 'PUT' })),
    view.mayModerate ? h('a', { class: 'ts-button ts-secondary', href: `#/spaces/${view.thread.spaceId}/moderation` }, t('ui.moderation.title')) : null,
    view.inSpace ? h('button', { type: 'button', class: 'ts-secondary', id: 'ts-make-artifact', 'aria-expanded': 'false', onclick: (e) => {
      if (ctx.main.querySelector('#ts-thread-artifact .ts-make-artifact')) return;
      const button = e.currentTarget;
      button.setAttribute('aria-expanded', 'true');
      const form = makeArtifactForm({ threadId, title: view.thread.title || '',
        onCancel: () => { button.setAttribute('aria-expanded', 'false'); button.focus(); } });
      ctx.main.querySelector('#ts-thread-artifact').append(form);
      form.querySelector('select').focus();
    } }, t('ui.artifact.make')) : null,
    view.mayModerate ? toggle('ts-lock', view.thread.locked ? t('ui.thread.unlock') : t('ui.thread.lock'), null,
      () => api(`/api/threads/${threadId}/lock`, { method: view.thread.locked ? 'DELETE' : 'POST' })) : null,
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

  let replyForm = null;
  if (compose) {
    // The reply being written survives a reload, until it is posted.
    const draft = keepDraft(ctx.me.person.id, `reply:${threadId}`, { body: compose.textarea }, { onSave: () => compose.drafted(false) });
    if (draft.restored) compose.drafted(true);
    const send = h('button', { type: 'submit', id: 'ts-send-reply' }, t('ui.thread.send'));
    replyForm = h('form', { class: 'ts-card ts-reply', 'aria-labelledby': 'ts-reply-title', onsubmit: (e) => {
      e.preventDefault();
      clearFieldError(send);
      busy(send, async () => {
        try {
          const created = await write(() => api(`/api/threads/${threadId}/replies`, { method: 'POST', body: { body: compose.value(), ...target } }));
          draft.clear();
          compose.clear();
          await reload(() => {
            const post = created && created.id ? ctx.main.querySelector(`#post-${created.id}`) : null;
            say(ctx.main.querySelector('#ts-send-reply') || ctx.main, t('ui.thread.sent'));
            if (post) post.scrollIntoView({ block: 'nearest' });
          });
        } catch (err) { fieldError(send, err); }
      });
    } }, h('h2', { id: 'ts-reply-title' }, t('ui.thread.reply')), replyingTo, compose.element, h('div', { class: 'ts-actions' }, send));
  }

  replace(ctx.main,
    h('p', { class: 'ts-breadcrumb' }, view.inSpace ? h('a', { href: `#/spaces/${view.thread.spaceId}` }, view.spaceTitle) : view.spaceTitle),
    h('h1', {}, view.thread.title ?? t('ui.thread.hidden-title')),
    h('p', { class: 'ts-meta' }, t(`ui.audience.${view.thread.audience}`), ' · ', t('ui.thread.replies', view.thread.replyCount),
      view.thread.tags.map((tag) => h('span', {}, ' · ', h('a', { href: `#/tags/${encodeURIComponent(tag.name)}`, class: 'ts-tag' }, `#${tag.label}`)))),
    request, moderation, h('div', { id: 'ts-thread-artifact' }), consent, status, history, list,
    view.hiddenFromOutside ? h('p', { class: 'ts-muted' }, t('ui.thread.hidden-outside', view.hiddenFromOutside)) : null,
    view.thread.locked ? h('p', { class: 'ts-notice' }, t('ui.thread.locked-text')) : null,
    replyForm);
  const conduct = () => { if (view.inSpace) ensureConduct(view.thread.spaceId); };
  if (ctx.main.isConnected) conduct(); else if (ctx.afterRender) ctx.afterRender(conduct);
  // A link to one post (a weekly synthesis's key sentence) shows that post.
  const linked = ctx.params && ctx.params.get ? ctx.params.get('post') : null;
  if (linked) {
    const show = () => {
      const article = ctx.main.querySelector(`#post-${CSS.escape(linked)}`);
      if (article) { article.classList.add('ts-linked'); article.scrollIntoView({ block: 'center' }); }
    };
    if (ctx.main.isConnected) show(); else if (ctx.afterRender) ctx.afterRender(show);
  }
  // The author's own posts under review show the moderators' private notes.
  for (const post of view.posts.filter((p) => p.authorId === actions.me && p.underReview && !p.deleted)) {
    const panel = await reviewPanel(post);
    const article = ctx.main.querySelector(`#post-${post.id}`);
    if (panel && article) article.append(panel);
  }
  if (afterReload) afterReload();
}
