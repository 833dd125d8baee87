import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { when, trustedHtml } from '../format.js';
import { emptyState } from '../ui/feedback.js';

// The moderation queue of a space and a case with its history: for moderators and facilitators.
// Members never reach these pages (the API answers 403); they see a neutral notice on hidden posts.

const NOTE_TEMPLATES = ['kindness', 'facts', 'topic'];

function caseItem(c) {
  return h('li', { class: 'ts-case', dataset: { case: c.id, post: c.postId } },
    h('a', { href: `#/moderation/cases/${c.id}` }, c.threadTitle || t('ui.moderation.untitled')),
    ' ', h('span', { class: 'ts-badge' }, t(`ui.moderation.state.${c.state}`)),
    c.hidden ? h('span', { class: 'ts-badge ts-muted' }, t('ui.moderation.hidden')) : null,
    c.reviewRequestedAt ? h('span', { class: 'ts-badge' }, t('ui.moderation.review-requested')) : null,
    h('div', { class: 'ts-meta' }, t(`ui.moderation.origin.${c.origin}`), ' · ', t('ui.moderation.reporters', c.reporters),
      c.reasons.length ? ` · ${c.reasons.map((r) => t(`ui.report.reason.${r}`)).join(', ')}` : '', ' · ', when(c.updatedAt)),
    h('p', { class: 'ts-excerpt' }, c.excerpt));
}

export async function moderationQueueView(ctx, spaceId) {
  ctx.setSpace(spaceId);
  const [space, open, closed, audit, templates] = await Promise.all([api(`/api/spaces/${spaceId}`),
    api(`/api/spaces/${spaceId}/moderation/cases`), api(`/api/spaces/${spaceId}/moderation/cases?state=closed`),
    api(`/api/spaces/${spaceId}/moderation/audit`), api(`/api/spaces/${spaceId}/moderation/note-templates`)]);
  replace(ctx.main,
    h('h1', {}, t('ui.moderation.title')),
    h('section', { class: 'ts-section', 'aria-labelledby': 'open-cases' },
      h('h2', { id: 'open-cases' }, t('ui.moderation.open')),
      open.length ? h('ul', { class: 'ts-cases', id: 'ts-open-cases' }, open.map(caseItem)) : emptyState(t('ui.moderation.none'))),
    closed.length ? h('section', { class: 'ts-section', 'aria-labelledby': 'closed-cases' },
      h('h2', { id: 'closed-cases' }, t('ui.moderation.closed')), h('ul', { class: 'ts-cases' }, closed.map(caseItem))) : null,
    space.mayFacilitate ? await conductEditor(ctx, spaceId) : null,
    templateEditor(ctx, spaceId, space.mayFacilitate, templates),
    h('details', { class: 'ts-section' }, h('summary', {}, t('ui.moderation.audit')),
      audit.length ? h('ul', { class: 'ts-audit' }, audit.map((e) => h('li', {}, when(e.at), ' · ', e.actorName, ' · ',
        t(`ui.moderation.action.${e.action}`), e.detail ? ` · ${e.detail}` : ''))) : emptyState(t('ui.moderation.audit-none'))));
}

// Facilitators publish a new version of the space's code of conduct; members accept it again.
async function conductEditor(ctx, spaceId) {
  const conduct = await api(`/api/spaces/${spaceId}/conduct`);
  const body = h('textarea', { id: 'conduct-body', rows: '10', maxlength: '20000' });
  body.value = conduct.markdown;
  const status = h('p', { role: 'status', class: 'ts-muted' });
  return h('details', { class: 'ts-section' }, h('summary', {}, t('ui.conduct.title')),
    h('p', { class: 'ts-muted' }, t(`ui.conduct.scope.${conduct.scope}`, conduct.version)),
    h('form', { onsubmit: async (e) => {
      e.preventDefault();
      try {
        const result = await api(`/api/spaces/${spaceId}/conduct`, { method: 'PUT', body: { body: body.value } });
        status.textContent = t('ui.conduct.published', result.version);
      } catch (err) { status.textContent = err.message; }
    } }, h('label', { for: 'conduct-body' }, t('ui.conduct.edit')), body, status,
    h('button', { type: 'submit' }, t('ui.conduct.publish'))));
}

// The organisation admins' page: escalated cases, the watch list and the organisation's code.
// `before`: what goes above the page (the console's navigation), rebuilt when the page reloads.
export async function organisationModerationView(ctx, before = null) {
  const [escalated, terms, audit] = await Promise.all([api('/api/organisation/moderation/cases'),
    api('/api/organisation/watch-terms'), api('/api/organisation/moderation/audit')]);
  const reload = () => organisationModerationView(ctx, before);
  const term = h('input', { type: 'text', id: 'watch-term', maxlength: '100' });
  const code = h('textarea', { id: 'org-conduct', rows: '8', maxlength: '20000' });
  const status = h('p', { role: 'status', class: 'ts-muted' });
  replace(ctx.main,
    before ? before() : null,
    h('h1', {}, t('ui.organisation.title')),
    status,
    h('section', { class: 'ts-section', 'aria-labelledby': 'escalated-cases' },
      h('h2', { id: 'escalated-cases' }, t('ui.organisation.escalated')),
      escalated.length ? h('ul', { class: 'ts-cases' }, escalated.map(caseItem)) : emptyState(t('ui.moderation.none'))),
    h('section', { class: 'ts-card', 'aria-labelledby': 'watch-list' },
      h('h2', { id: 'watch-list' }, t('ui.organisation.watch-list')),
      h('p', { class: 'ts-muted' }, t('ui.organisation.watch-help')),
      terms.length ? h('ul', {}, terms.map((w) => h('li', {}, w.term, ' ', h('button', { type: 'button', class: 'ts-link', onclick: async () => {
        await api(`/api/organisation/watch-terms/${w.id}`, { method: 'DELETE' }); reload();
      } }, t('ui.post.delete'))))) : emptyState(t('ui.organisation.no-terms')),
      h('form', { onsubmit: async (e) => {
        e.preventDefault();
        try { await api('/api/organisation/watch-terms', { method: 'POST', body: { term: term.value } }); reload(); }
        catch (err) { status.textContent = err.message; }
      } }, h('label', { for: 'watch-term' }, t('ui.organisation.term')), term, h('button', { type: 'submit' }, t('ui.organisation.add-term')))),
    h('section', { class: 'ts-card', 'aria-labelledby': 'org-conduct-heading' },
      h('h2', { id: 'org-conduct-heading' }, t('ui.organisation.conduct')),
      h('form', { onsubmit: async (e) => {
        e.preventDefault();
        try {
          const result = await api('/api/organisation/conduct', { method: 'PUT', body: { body: code.value } });
          status.textContent = t('ui.conduct.published', result.version);
        } catch (err) { status.textContent = err.message; }
      } }, h('label', { for: 'org-conduct' }, t('ui.conduct.edit')), code, h('button', { type: 'submit' }, t('ui.conduct.publish')))),
    h('details', { class: 'ts-section' }, h('summary', {}, t('ui.moderation.audit')),
      audit.length ? h('ul', { class: 'ts-audit' }, audit.map((e) => h('li', {}, when(e.at), ' · ', e.actorName, ' · ',
        t(`ui.moderation.action.${e.action}`), e.detail ? ` · ${e.detail}` : ''))) : emptyState(t('ui.moderation.audit-none'))));
}

// The space's own note templates (facilitators add and remove them); the organisation's are listed too.
function templateEditor(ctx, spaceId, mayEdit, templates) {
  const reload = () => moderationQueueView(ctx, spaceId);
  const title = h('input', { type: 'text', id: 'template-title', maxlength: '200' });
  const body = h('textarea', { id: 'template-body', rows: '3', maxlength: '2000' });
  const status = h('p', { role: 'status', class: 'ts-muted' });
  return h('details', { class: 'ts-section' }, h('summary', {}, t('ui.moderation.templates')),
    templates.length ? h('ul', {}, templates.map((tpl) => h('li', {}, h('strong', {}, tpl.title), ` (${t(`ui.moderation.scope.${tpl.scope}`)}) `,
      mayEdit && tpl.scope === 'SPACE' ? h('button', { type: 'button', class: 'ts-link', onclick: async () => {
        await api(`/api/organisation/note-templates/${tpl.id}`, { method: 'DELETE' }); reload();
      } }, t('ui.post.delete')) : null, h('p', { class: 'ts-muted' }, tpl.body)))) : h('p', { class: 'ts-muted' }, t('ui.moderation.templates.none')),
    mayEdit ? h('form', { onsubmit: async (e) => {
      e.preventDefault();
      try {
        await api(`/api/spaces/${spaceId}/moderation/note-templates`, { method: 'POST', body: { title: title.value, body: body.value } });
        reload();
      } catch (err) { status.textContent = err.message; }
    } }, ...field('template-title', t('ui.moderation.templates.title'), title), ...field('template-body', t('ui.moderation.note.text'), body),
    status, h('button', { type: 'submit' }, t('ui.moderation.templates.add'))) : null);
}

function field(id, label, control) {
  return [h('label', { for: id }, label), control];
}

export async function moderationCaseView(ctx, caseId) {
  const view = await api(`/api/moderation/cases/${caseId}`);
  const c = view.summary;
  const custom = await api(`/api/spaces/${c.spaceId}/moderation/note-templates`);
  ctx.setSpace(c.spaceId);
  const status = h('p', { role: 'status', class: 'ts-muted', id: 'ts-case-status' });
  const reload = () => moderationCaseView(ctx, caseId);
  // Every action reloads the case; `done` is then said in the status line of the new page.
  const act = async (fn, done) => {
    try {
      await fn();
      await reload();
      if (done) document.getElementById('ts-case-status').textContent = done;
    } catch (err) { status.textContent = err.message; }
  };

  const template = h('select', { id: 'note-template' }, h('option', { value: '' }, t('ui.moderation.note.own')),
    NOTE_TEMPLATES.map((k) => h('option', { value: k }, t(`ui.moderation.template.${k}.title`))),
    custom.map((tpl) => h('option', { value: `custom:${tpl.id}` }, tpl.title)));
  const note = h('textarea', { id: 'note-text', rows: '4', maxlength: '2000' });
  template.addEventListener('change', () => {
    const own = custom.find((tpl) => `custom:${tpl.id}` === template.value);
    if (own) note.value = own.body;
    else if (template.value) note.value = t(`ui.moderation.template.${template.value}.text`);
  });
  const noteForm = h('form', { class: 'ts-card', id: 'ts-note-form', onsubmit: (e) => { e.preventDefault();
    act(() => api(`/api/moderation/cases/${caseId}/notes`, { method: 'POST', body: { text: note.value } }),
      t('ui.moderation.note.sent', c.authorName)); } },
    h('h2', {}, t('ui.moderation.note.title')), h('p', { class: 'ts-muted' }, t('ui.moderation.note.help')),
    ...field('note-template', t('ui.moderation.note.template'), template),
    ...field('note-text', t('ui.moderation.note.text'), note),
    h('button', { type: 'submit', id: 'ts-send-note' }, t('ui.moderation.note.send')));

  const reason = h('textarea', { id: 'decision-reason', rows: '2', maxlength: '2000' });
  const decide = view.next.length ? h('form', { class: 'ts-card', onsubmit: (e) => e.preventDefault() },
    h('h2', {}, t('ui.moderation.decide')),
    ...field('decision-reason', t('ui.moderation.reason'), reason),
    h('p', {}, view.next.map((to) => [h('button', { type: 'button', class: to === 'ESCALATED' ? 'ts-secondary' : '', dataset: { decide: to },
      onclick: () => act(() => api(`/api/moderation/cases/${caseId}/transitions`, { method: 'POST', body: { to, reason: reason.value } })) },
    t(`ui.moderation.to.${to}`)), ' ']))) : null;

  const until = h('select', { id: 'suspend-days' }, [1, 7, 30].map((d) => h('option', { value: String(d) }, t('ui.moderation.days', d))));
  const suspendReason = h('input', { type: 'text', id: 'suspend-reason', maxlength: '2000' });
  const suspend = h('details', { class: 'ts-card' }, h('summary', {}, t('ui.moderation.suspend')),
    h('form', { onsubmit: (e) => { e.preventDefault();
      const end = new Date(Date.now() + Number(until.value) * 86400000).toISOString();
      act(() => api(`/api/spaces/${c.spaceId}/suspensions`, { method: 'POST', body: { personId: c.authorId, until: end, reason: suspendReason.value } }),
        t('ui.moderation.suspended', c.authorName));
    } }, ...field('suspend-days', t('ui.moderation.suspend-for'), until), ...field('suspend-reason', t('ui.moderation.reason'), suspendReason),
    h('button', { type: 'submit' }, t('ui.moderation.suspend-button', c.authorName))));

  replace(ctx.main,
    h('p', { class: 'ts-breadcrumb' }, h('a', { href: `#/spaces/${c.spaceId}/moderation` }, t('ui.moderation.title'))),
    h('h1', {}, t('ui.moderation.case', c.threadTitle)),
    h('p', { class: 'ts-meta' }, h('span', { class: 'ts-badge', id: 'ts-case-state' }, t(`ui.moderation.state.${c.state}`)), ' ',
      t(`ui.moderation.origin.${c.origin}`), ' · ', t('ui.post.by', c.authorName), ' · ',
      h('a', { href: `#/threads/${c.threadId}` }, t('ui.moderation.open-thread'))),
    status,
    h('section', { class: 'ts-card', 'aria-labelledby': 'current-content' },
      h('h2', { id: 'current-content' }, t('ui.moderation.content')),
      // As members read it (rendered, sanitized by the server), with the Markdown behind it on request.
      trustedHtml(h('div', { class: 'ts-rendered ts-post-body', id: 'ts-case-post' }), view.currentHtml),
      h('details', {}, h('summary', {}, t('ui.moderation.markdown')), h('pre', { class: 'ts-content' }, view.currentContent)),
      h('button', { type: 'button', class: 'ts-secondary', id: c.hidden ? 'ts-restore' : 'ts-hide',
        onclick: () => act(() => api(`/api/posts/${c.postId}/hidden`, c.hidden ? { method: 'DELETE' } : { method: 'PUT', body: {} }),
          c.hidden ? t('ui.moderation.restored') : t('ui.moderation.hidden-said')) },
      c.hidden ? t('ui.moderation.restore') : t('ui.moderation.hide'))),
    c.state === 'PENDING' || c.state === 'ESCALATED' ? noteForm : null,
    decide,
    c.state === 'PENDING' || c.state === 'ESCALATED' ? suspend : null,
    view.reports.length ? h('section', { class: 'ts-card', 'aria-labelledby': 'case-reports' },
      h('h2', { id: 'case-reports' }, t('ui.moderation.reports')),
      h('ul', {}, view.reports.map((r) => h('li', {}, r.reporterName, ' · ', t(`ui.report.reason.${r.reason}`),
        r.text ? ` · ${r.text}` : '', ' · ', when(r.at))))) : null,
    h('section', { class: 'ts-card', 'aria-labelledby': 'case-history' },
      h('h2', { id: 'case-history' }, t('ui.moderation.history')),
      h('ol', { class: 'ts-history', id: 'ts-case-history' }, view.history.map((s) => h('li', { dataset: { step: s.kind } },
        h('p', { class: 'ts-meta' }, when(s.at), ' · ', t(`ui.moderation.step.${s.kind}`), ' · ', s.actorName || t('ui.moderation.system'),
          s.from !== s.to ? ` · ${t(`ui.moderation.state.${s.from}`)} → ${t(`ui.moderation.state.${s.to}`)}` : ''),
        s.reason ? h('p', {}, s.reason) : null,
        h('details', {}, h('summary', {}, t('ui.post.version', s.postVersion)), h('pre', {}, s.content)))))));
}

export async function myReportsView(ctx) {
  const reports = await api('/api/me/reports');
  replace(ctx.main,
    h('h1', {}, t('ui.reports.title')),
    h('p', { class: 'ts-muted' }, t('ui.reports.help')),
    reports.length ? h('ul', { class: 'ts-reports' }, reports.map((r) => h('li', { dataset: { report: r.id } },
      h('a', { href: `#/threads/${r.threadId}` }, r.threadTitle), ' · ', t(`ui.report.reason.${r.reason}`), ' · ', when(r.reportedAt), ' · ',
      h('strong', {}, t(`ui.reports.outcome.${r.outcome}`)))))
      : emptyState(t('ui.reports.none')));
}
