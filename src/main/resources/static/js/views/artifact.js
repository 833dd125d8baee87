import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { when, trustedHtml } from '../format.js';
import { busy, fieldError, clearFieldError, say, emptyState } from '../ui/feedback.js';
import { navigate } from '../router.js';
import { downloadFile } from '../ui/download.js';

export const TYPES = ['JOB_AID', 'CHECKLIST', 'FAQ', 'WORKED_EXAMPLE', 'DECISION_GUIDE', 'WORKING_OUT_LOUD', 'WEEKLY_SYNTHESIS', 'MEETING_NOTES'];
export const MOMENTS = ['APPLY', 'SOLVE', 'CHANGE'];
export const VERIFICATIONS = ['DRAFT', 'PEER_REVIEWED', 'EXPERT_VERIFIED', 'OBSOLETE'];

let formCount = 0;

function select(id, values, prefix, value) {
  return h('select', { id }, values.map((v) => h('option', { value: v, selected: v === value }, t(`${prefix}.${v}`))));
}

/**
 * "Make an artifact" from a thread (postId null) or one of its posts: the type, its title and
 * moment of need; the server pre-fills the type's template with the conversation and cites it.
 * `faq` turns a reply into an FAQ entry and marks it as the answer in the same step.
 */
export function makeArtifactForm({ threadId, postId = null, title = '', faq = false, onCancel }) {
  const n = ++formCount;
  const type = faq ? null : select(`ts-artifact-type-${n}`, TYPES, 'ui.artifact.type', 'CHECKLIST');
  const name = h('input', { id: `ts-artifact-title-${n}`, type: 'text', maxlength: '200', value: title, required: true });
  const moment = select(`ts-artifact-moment-${n}`, MOMENTS, 'ui.artifact.moment', 'APPLY');
  const tags = h('input', { id: `ts-artifact-tags-${n}`, type: 'text', 'aria-describedby': `ts-artifact-tags-hint-${n}` });
  const make = h('button', { type: 'submit', id: `ts-artifact-make-${n}` }, faq ? t('ui.artifact.make-faq') : t('ui.artifact.make'));
  const form = h('form', { class: 'ts-card ts-make-artifact', 'aria-labelledby': `ts-artifact-form-title-${n}`, onsubmit: (e) => {
    e.preventDefault();
    clearFieldError(make);
    busy(make, async () => {
      const body = { title: name.value, momentOfNeed: moment.value, locale: document.documentElement.lang || 'en',
        tags: tags.value.split(',').map((s) => s.trim()).filter(Boolean) };
      try {
        const created = faq
          ? await api(`/api/artifacts/answers/${postId}/faq`, { method: 'POST', body })
          : await api('/api/artifacts', { method: 'POST', body: { ...body, threadId, postId, type: type.value } });
        navigate(`/artifacts/${created.id}`);
      } catch (err) { fieldError(make, err); }
    });
  } },
  h('h2', { id: `ts-artifact-form-title-${n}` }, faq ? t('ui.artifact.make-faq') : t('ui.artifact.make')),
  h('p', { class: 'ts-muted' }, t('ui.artifact.make-help')),
  type ? [h('label', { for: type.id }, t('ui.artifact.type')), type] : null,
  h('label', { for: name.id }, t('ui.artifact.title')), name,
  h('label', { for: moment.id }, t('ui.artifact.moment')), moment,
  h('label', { for: tags.id }, t('ui.artifact.tags')), tags,
  h('p', { class: 'ts-muted', id: `ts-artifact-tags-hint-${n}` }, t('ui.artifact.tags-hint')),
  h('div', { class: 'ts-actions' }, make,
    h('button', { type: 'button', class: 'ts-secondary', onclick: () => { form.remove(); if (onCancel) onCancel(); } }, t('ui.cancel'))));
  return form;
}

export function verificationBadge(state) {
  return h('span', { class: `ts-badge ts-verification ts-verification-${state.toLowerCase().replace('_', '-')}` },
    t(`ui.artifact.verification.${state}`));
}

function provenance(view) {
  return h('section', { class: 'ts-section ts-provenance', 'aria-labelledby': 'ts-provenance-title' },
    h('h2', { id: 'ts-provenance-title' }, t('ui.artifact.provenance')),
    h('ol', {}, view.provenance.map((s) => h('li', { dataset: { source: s.position } },
      h('p', { class: 'ts-meta' }, `[${s.position}] `, s.author, ' · ',
        t('ui.artifact.from-conversation'), ' ',
        s.openable ? h('a', { href: `#/threads/${s.threadId}` }, `“${s.threadTitle}”`) : `“${s.threadTitle}”`,
        ' · ', when(s.writtenAt)),
      h('blockquote', { class: 'ts-quote' }, h('p', {}, s.excerpt))))));
}

// What a quoted person answers: whether the artifact may take their words beyond where they wrote them.
function consentPanel(ctx, view) {
  if (!view.myConsent) return null;
  const given = view.myConsent === 'GIVEN';
  const answer = (give) => {
    const button = h('button', { type: 'button', id: give ? 'ts-consent-give' : 'ts-consent-withdraw', class: give ? null : 'ts-secondary',
      onclick: () => busy(button, async () => {
        try {
          await api(`/api/artifacts/${view.id}/consent`, { method: 'POST', body: { give } });
          await artifactView(ctx, view.id, () => say(ctx.main.querySelector('#ts-consent'), give ? t('ui.artifact.consent-given')
            : t('ui.artifact.consent-withdrawn')));
        } catch (err) { fieldError(button, err); }
      }) }, give ? t('ui.artifact.consent-give') : t(view.myConsent === 'GIVEN' ? 'ui.artifact.consent-withdraw' : 'ui.artifact.consent-decline'));
    return button;
  };
  return h('section', { class: 'ts-card ts-consent', id: 'ts-consent', 'aria-labelledby': 'ts-consent-heading' },
    h('h2', { id: 'ts-consent-heading' }, t('ui.artifact.consent-title')),
    h('p', {}, given ? t('ui.artifact.consent-given-text') : t('ui.artifact.consent-text', t(`ui.artifact.audience.${view.nextAudience || 'ORGANISATION'}`))),
    h('div', { class: 'ts-actions' }, given ? answer(false) : [answer(true), view.myConsent === 'PENDING' ? answer(false) : null]));
}

function feedbackPanel(ctx, view) {
  const mine = (kind) => view.myFeedback.includes(kind);
  const helped = h('button', { type: 'button', id: 'ts-helped', class: 'ts-secondary', 'aria-pressed': String(mine('HELPED')),
    onclick: () => busy(helped, async () => {
      try {
        await api(`/api/artifacts/${view.id}/feedback`, { method: 'POST', body: { kind: 'HELPED' } });
        await artifactView(ctx, view.id, () => say(ctx.main.querySelector('#ts-feedback .ts-actions'), t('ui.artifact.thanks')));
      } catch (err) { fieldError(helped, err); }
    }) }, t('ui.artifact.helped', view.helped));
  const reason = h('textarea', { id: 'ts-outdated-reason', rows: '2', maxlength: '500' });
  const send = h('button', { type: 'submit', id: 'ts-outdated-send' }, t('ui.artifact.outdated-send'));
  const outdatedForm = h('form', { hidden: true, id: 'ts-outdated-form', onsubmit: (e) => {
    e.preventDefault();
    clearFieldError(reason);
    busy(send, async () => {
      try {
        await api(`/api/artifacts/${view.id}/feedback`, { method: 'POST', body: { kind: 'OUTDATED', reason: reason.value } });
        await artifactView(ctx, view.id, () => say(ctx.main.querySelector('#ts-feedback .ts-actions'), t('ui.artifact.outdated-said')));
      } catch (err) { fieldError(reason, err); }
    });
  } }, h('label', { for: 'ts-outdated-reason' }, t('ui.artifact.outdated-reason')), reason, h('div', { class: 'ts-actions' }, send));
  const outdated = h('button', { type: 'button', id: 'ts-outdated', class: 'ts-secondary', 'aria-expanded': 'false',
    'aria-controls': 'ts-outdated-form', onclick: () => {
      outdatedForm.hidden = false;
      outdated.setAttribute('aria-expanded', 'true');
      reason.focus();
    } }, t('ui.artifact.outdated', view.outdated));
  return h('section', { class: 'ts-section ts-no-print', id: 'ts-feedback', 'aria-labelledby': 'ts-feedback-title' },
    h('h2', { id: 'ts-feedback-title' }, t('ui.artifact.feedback')),
    h('div', { class: 'ts-actions' }, helped, outdated), outdatedForm,
    view.feedback && view.feedback.length ? h('ul', { class: 'ts-feedback-list' }, view.feedback.map((f) => h('li', {},
      h('span', { class: 'ts-badge ts-muted' }, t(`ui.artifact.feedback.${f.kind}`)), ' ', f.by, ' · ', when(f.givenAt),
      f.reason ? h('p', {}, f.reason) : null))) : null);
}

// What only the steward and the facilitators do: verify, ask for consent, widen, edit.
function stewardPanel(ctx, view) {
  if (!view.mayEdit && !view.mayVerify.length) return null;
  const reloadSaying = (anchor, text) => artifactView(ctx, view.id, () => say(ctx.main.querySelector(anchor), text));
  const verification = view.mayVerify.length ? select('ts-verification-next', view.mayVerify, 'ui.artifact.verification', view.mayVerify[0]) : null;
  const verify = verification ? h('button', { type: 'button', id: 'ts-verify', onclick: () => busy(verify, async () => {
    try {
      await api(`/api/artifacts/${view.id}/verification`, { method: 'POST', body: { verification: verification.value } });
      await reloadSaying('#ts-verify-row', t('ui.artifact.verified', t(`ui.artifact.verification.${verification.value}`)));
    } catch (err) { fieldError(verify, err); }
  }) }, t('ui.artifact.verify')) : null;
  const ask = view.mayEdit ? h('button', { type: 'button', class: 'ts-secondary', id: 'ts-ask-consent', onclick: () => busy(ask, async () => {
    try {
      const result = await api(`/api/artifacts/${view.id}/consent-requests`, { method: 'POST' });
      await reloadSaying('#ts-consent-row', t('ui.artifact.asked', result.asked.length));
    } catch (err) { fieldError(ask, err); }
  }) }, t('ui.artifact.ask-consent')) : null;
  const widen = view.mayEdit && view.nextAudience ? h('button', { type: 'button', class: 'ts-secondary', id: 'ts-widen-artifact',
    onclick: () => busy(widen, async () => {
      try {
        await api(`/api/artifacts/${view.id}/audience`, { method: 'POST', body: { audience: view.nextAudience } });
        await reloadSaying('#ts-consent-row', t('ui.artifact.widened', t(`ui.artifact.audience.${view.nextAudience}`)));
      } catch (err) { fieldError(widen, err); }
    }) }, t('ui.artifact.widen', t(`ui.artifact.audience.${view.nextAudience}`))) : null;
  return h('section', { class: 'ts-card ts-steward ts-no-print', 'aria-labelledby': 'ts-steward-title' },
    h('h2', { id: 'ts-steward-title' }, t('ui.artifact.steward-tools')),
    verification ? h('div', { class: 'ts-row', id: 'ts-verify-row' }, h('label', { for: 'ts-verification-next' }, t('ui.artifact.verification')),
      verification, verify) : null,
    view.contributors ? [
      h('h3', {}, t('ui.artifact.contributors')),
      h('ul', { class: 'ts-contributors' }, view.contributors.map((c) => h('li', { dataset: { person: c.personId } }, c.name, ' · ',
        h('span', { class: `ts-badge${c.consent === 'GIVEN' ? '' : ' ts-muted'}` }, t(`ui.artifact.consent.${c.consent}`))))),
      view.consentMissingForNext.length ? h('p', { class: 'ts-notice', id: 'ts-consent-missing' },
        t('ui.artifact.consent-missing', view.consentMissingForNext.join(', '))) : null,
      h('div', { class: 'ts-actions', id: 'ts-consent-row' }, ask, widen)] : null,
    view.mayEdit ? editForm(ctx, view) : null,
    view.mayEdit ? translationsPanel(ctx, view) : null);
}

// Languages offered for a translation; the API takes any ISO 639 language.
const TRANSLATION_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'fi', 'cs', 'tr', 'ar', 'hi', 'ja', 'ko', 'zh'];

// Its words in other languages, for learners who open it from a course page in theirs.
function translationsPanel(ctx, view) {
  const others = TRANSLATION_LANGUAGES.filter((l) => l !== view.locale);
  const language = h('select', { id: 'ts-translation-language' }, others.map((l) => h('option', { value: l }, languageName(l))));
  const title = h('input', { id: 'ts-translation-title', type: 'text', maxlength: '200' });
  const body = h('textarea', { id: 'ts-translation-body', rows: '12', maxlength: '20000' });
  const save = h('button', { type: 'submit', id: 'ts-translation-save' }, t('ui.artifact.translation.save'));
  // The form starts from the existing translation into the chosen language, else from the original to translate.
  const fill = () => {
    const existing = view.translations.find((tr) => tr.locale === language.value);
    title.value = existing ? existing.title : view.title;
    body.value = existing ? existing.markdown : view.markdown;
  };
  language.addEventListener('change', fill);
  fill();
  const reloadSaying = (text) => artifactView(ctx, view.id, () => {
    const panel = ctx.main.querySelector('#ts-artifact-translations');
    panel.open = true;
    say(panel.querySelector('summary'), text);
  });
  const items = view.translations.map((tr) => {
    const edit = h('button', { type: 'button', class: 'ts-secondary', dataset: { locale: tr.locale },
      onclick: () => { language.value = tr.locale; fill(); title.focus(); } }, t('ui.artifact.translation.edit', languageName(tr.locale)));
    const remove = h('button', { type: 'button', class: 'ts-secondary', dataset: { locale: tr.locale },
      onclick: () => busy(remove, async () => {
        try {
          await api(`/api/artifacts/${view.id}/translations/${tr.locale}`, { method: 'DELETE' });
          await reloadSaying(t('ui.artifact.translation.removed', languageName(tr.locale)));
        } catch (err) { fieldError(remove, err); }
      }) }, t('ui.artifact.translation.remove', languageName(tr.locale)));
    return h('li', { dataset: { locale: tr.locale } }, h('strong', { lang: tr.locale }, tr.title), ' · ', languageName(tr.locale),
      ' · ', t('ui.artifact.translation.from-version', tr.fromVersion), ' · ', tr.by, ' · ', when(tr.translatedAt),
      tr.behind ? [' ', h('span', { class: 'ts-badge ts-muted ts-translation-behind' }, t('ui.artifact.translation.behind'))] : null,
      h('div', { class: 'ts-actions' }, edit, remove));
  });
  return h('details', { class: 'ts-section', id: 'ts-artifact-translations' },
    h('summary', {}, t('ui.artifact.translations'), view.translations.length ? ` (${view.translations.length})` : ''),
    view.translations.length ? h('ul', { id: 'ts-translation-list' }, items) : h('p', { class: 'ts-muted' }, t('ui.artifact.translations.none')),
    h('form', { onsubmit: (e) => {
      e.preventDefault();
      clearFieldError(save);
      busy(save, async () => {
        try {
          await api(`/api/artifacts/${view.id}/translations/${language.value}`, { method: 'PUT', body: { title: title.value, body: body.value } });
          await reloadSaying(t('ui.artifact.translation.saved', languageName(language.value)));
        } catch (err) { fieldError(save, err); }
      });
    } },
    h('p', { class: 'ts-muted', id: 'ts-translation-hint' }, t('ui.artifact.translations.hint')),
    h('label', { for: language.id }, t('ui.artifact.translation.language')), language,
    h('label', { for: title.id }, t('ui.artifact.translation.title')), title,
    h('label', { for: body.id }, t('ui.artifact.translation.body')), body,
    h('div', { class: 'ts-actions' }, save)));
}

function editForm(ctx, view) {
  const title = h('input', { id: 'ts-artifact-edit-title', type: 'text', maxlength: '200', value: view.title });
  const body = h('textarea', { id: 'ts-artifact-edit-body', rows: '14', maxlength: '20000' });
  body.value = view.markdown;
  const reason = h('input', { id: 'ts-artifact-edit-reason', type: 'text', maxlength: '500', 'aria-describedby': 'ts-artifact-reason-hint' });
  const save = h('button', { type: 'submit', id: 'ts-artifact-save' }, t('ui.save'));
  return h('details', { class: 'ts-section', id: 'ts-artifact-edit' }, h('summary', {}, t('ui.artifact.edit')),
    h('form', { onsubmit: (e) => {
      e.preventDefault();
      clearFieldError(save);
      busy(save, async () => {
        try {
          await api(`/api/artifacts/${view.id}`, { method: 'PUT', body: { title: title.value, body: body.value, reason: reason.value, tags: view.tags } });
          await artifactView(ctx, view.id, () => say(ctx.main.querySelector('h1'), t('ui.artifact.saved')));
        } catch (err) { fieldError(save, err); }
      });
    } },
    h('label', { for: title.id }, t('ui.artifact.title')), title,
    h('label', { for: body.id }, t('ui.artifact.body')), body,
    h('label', { for: reason.id }, t('ui.artifact.reason')), reason,
    h('p', { class: 'ts-muted', id: 'ts-artifact-reason-hint' }, t('ui.artifact.reason-hint')),
    h('div', { class: 'ts-actions' }, save)));
}

export async function artifactView(ctx, artifactId, afterReload = null) {
  const view = await api(`/api/artifacts/${artifactId}`);
  ctx.setSpace(view.spaceId, view.spaceTitle);
  const exports = ['md', 'html', 'pdf'].map((format) => {
    const button = h('button', { type: 'button', class: 'ts-secondary', id: `ts-export-${format}`,
      onclick: () => downloadFile(`/api/artifacts/${view.id}/export?format=${format}`, `${view.title}.${format}`, button) }, t(`ui.artifact.export.${format}`));
    return button;
  });
  const print = h('button', { type: 'button', class: 'ts-secondary', id: 'ts-print', onclick: () => window.print() }, t('ui.artifact.print'));
  replace(ctx.main,
    h('p', { class: 'ts-breadcrumb ts-no-print' }, h('a', { href: `#/spaces/${view.spaceId}/library` }, t('ui.library.of-space', view.spaceTitle || ''))),
    h('p', { class: 'ts-meta ts-artifact-kind' }, t(`ui.artifact.type.${view.type}`), ' ', verificationBadge(view.verification)),
    h('h1', { tabindex: '-1' }, view.title),
    h('p', { class: 'ts-meta' }, t('ui.artifact.steward', view.steward.name),
      view.backupVerifier ? [' · ', t('ui.artifact.backup', view.backupVerifier.name)] : null,
      ' · ', t(`ui.artifact.audience.${view.audience}`), ' · ', t('ui.artifact.moment.' + view.momentOfNeed),
      ' · ', t('ui.artifact.version', view.version), ' · ', when(view.updatedAt)),
    view.tags.length ? h('p', { class: 'ts-meta' }, view.tags.map((tag) => h('span', { class: 'ts-tag' }, `#${tag} `))) : null,
    view.pastReview ? h('p', { class: 'ts-notice', id: 'ts-past-review', role: 'note' }, t('ui.artifact.past-review', when(view.reviewDueAt)))
      : h('p', { class: 'ts-muted' }, t('ui.artifact.review-by', when(view.reviewDueAt))),
    consentPanel(ctx, view),
    trustedHtml(h('div', { class: 'ts-artifact-body ts-post-body' }), view.html),
    provenance(view),
    feedbackPanel(ctx, view),
    h('div', { class: 'ts-actions ts-no-print', id: 'ts-export' }, print, exports),
    stewardPanel(ctx, view),
    view.versions.length ? h('details', { class: 'ts-section ts-no-print', id: 'ts-versions' }, h('summary', {}, t('ui.artifact.versions')),
      h('ol', {}, view.versions.map((v) => h('li', {}, t('ui.artifact.version', v.version), ' · ', v.by, ' · ', when(v.changedAt),
        ' · ', v.reason))),
      view.placements && view.placements.length ? h('ul', { id: 'ts-placements' }, view.placements.map((p) => h('li', {},
        t('ui.artifact.placed-on', p.course), ' · ', p.by, ' · ', when(p.placedAt)))) : null) : null);
  if (afterReload) afterReload();
}

function summaryItem(a) {
  return h('li', { class: 'ts-card ts-artifact-item', dataset: { artifact: a.id } },
    h('h3', {}, h('a', { href: `#/artifacts/${a.id}` }, a.title)),
    h('p', { class: 'ts-meta' }, t(`ui.artifact.type.${a.type}`), ' ', verificationBadge(a.verification),
      a.pastReview ? h('span', { class: 'ts-badge ts-muted' }, t('ui.artifact.due')) : null,
      ' · ', a.spaceTitle || '', ' · ', t(`ui.artifact.moment.${a.momentOfNeed}`), ' · ', t('ui.artifact.helped-count', a.helped)),
    a.tags.length ? h('p', { class: 'ts-meta' }, a.tags.map((tag) => `#${tag} `)) : null);
}

/** The library of a space (spaceId) or of the organisation, with its filters in the page's address. */
export async function libraryView(ctx, spaceId, search = new URLSearchParams()) {
  const params = Object.fromEntries(search instanceof URLSearchParams ? search : Object.entries(search || {}));
  const query = new URLSearchParams();
  if (spaceId) query.set('space', spaceId);
  for (const key of ['type', 'tag', 'moment', 'verification', 'q', 'due']) if (params[key]) query.set(key, params[key]);
  const [found, asked, due] = await Promise.all([api(`/api/artifacts?${query}`), api('/api/artifacts/consent-requests'),
    api('/api/artifacts/due-for-review')]);
  let spaceTitle = null;
  if (spaceId) {
    // Someone of the organisation who is no member reads the space's organisation-wide artifacts; the title then comes from them.
    const space = await api(`/api/spaces/${spaceId}`, { quiet: true }).catch(() => null);
    spaceTitle = space ? space.title : (found[0] && found[0].spaceTitle) || '';
    if (space) ctx.setSpace(spaceId, spaceTitle);
  }
  const filter = (id, values, prefix, key) => [h('label', { for: id }, t(`ui.library.filter.${key}`)),
    h('select', { id, name: key }, h('option', { value: '' }, t('ui.library.any')),
      values.map((v) => h('option', { value: v, selected: params[key] === v }, t(`${prefix}.${v}`))))];
  const text = h('input', { id: 'ts-library-q', name: 'q', type: 'search', value: params.q || '' });
  const tag = h('input', { id: 'ts-library-tag', name: 'tag', type: 'text', value: params.tag || '' });
  const dueBox = h('input', { id: 'ts-library-due', name: 'due', type: 'checkbox', checked: params.due === 'true' });
  const form = h('form', { class: 'ts-card ts-library-filters', role: 'search', 'aria-label': t('ui.library.filters'), onsubmit: (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const control of form.querySelectorAll('select, input')) {
      if (control.type === 'checkbox') { if (control.checked) next.set(control.name, 'true'); } else if (control.value) next.set(control.name, control.value);
    }
    navigate(`${spaceId ? `/spaces/${spaceId}/library` : '/library'}${next.toString() ? `?${next}` : ''}`);
  } },
  h('label', { for: text.id }, t('ui.library.filter.q')), text,
  filter('ts-library-type', TYPES, 'ui.artifact.type', 'type'),
  filter('ts-library-moment', MOMENTS, 'ui.artifact.moment', 'moment'),
  filter('ts-library-verification', VERIFICATIONS, 'ui.artifact.verification', 'verification'),
  h('label', { for: tag.id }, t('ui.library.filter.tag')), tag,
  h('p', {}, dueBox, ' ', h('label', { for: dueBox.id }, t('ui.library.filter.due'))),
  h('div', { class: 'ts-actions' }, h('button', { type: 'submit', id: 'ts-library-apply' }, t('ui.library.apply'))));
  replace(ctx.main,
    h('h1', {}, spaceId ? t('ui.library.of-space', spaceTitle) : t('ui.library.title')),
    spaceId ? h('p', {}, h('a', { href: '#/library' }, t('ui.library.organisation'))) : null,
    asked.length ? h('section', { class: 'ts-section', id: 'ts-consent-requests', 'aria-labelledby': 'ts-consent-requests-title' },
      h('h2', { id: 'ts-consent-requests-title' }, t('ui.library.consent-requests')),
      h('ul', { class: 'ts-artifacts' }, asked.map(summaryItem))) : null,
    due.length ? h('section', { class: 'ts-section', id: 'ts-due', 'aria-labelledby': 'ts-due-title' },
      h('h2', { id: 'ts-due-title' }, t('ui.library.due')), h('ul', { class: 'ts-artifacts' }, due.map(summaryItem))) : null,
    form,
    h('section', { class: 'ts-section', 'aria-labelledby': 'ts-library-found' },
      h('h2', { id: 'ts-library-found' }, t('ui.library.found', found.length)),
      found.length ? h('ul', { class: 'ts-artifacts', id: 'ts-library-list' }, found.map(summaryItem)) : emptyState(t('ui.library.none'))));
}

// The artifact's words as a reader meets them on a course page: read-only, printable, in the
// launch's language where it has a translation into it (else as written, and the page says so),
// with the way back to the community it came from.
function placedWords(view, translation, show) {
  const pageLanguage = (document.documentElement.lang || 'en').split('-')[0];
  let language = null;
  if (translation && translation.shown) {
    language = h('div', { class: 'ts-notice', id: 'ts-placed-translated', role: 'note' },
      h('p', {}, t('ui.placed.translated-from', languageName(translation.originalLocale)),
        translation.behind ? [' ', t('ui.placed.translation-behind')] : null),
      h('button', { type: 'button', class: 'ts-secondary ts-no-print', id: 'ts-placed-original', onclick: () => show(true) },
        t('ui.placed.read-original', languageName(translation.originalLocale))));
  } else if (translation) {
    language = h('p', { class: 'ts-muted', id: 'ts-placed-locale' },
      h('button', { type: 'button', class: 'ts-secondary ts-no-print', id: 'ts-placed-translation', onclick: () => show(false) },
        t('ui.placed.read-translation', languageName(translation.locale))));
  } else if (view.locale && view.locale !== pageLanguage) {
    language = h('p', { class: 'ts-muted', id: 'ts-placed-locale' }, t('ui.placed.written-in', languageName(view.locale)));
  }
  return [
    h('p', { class: 'ts-meta ts-artifact-kind' }, t(`ui.artifact.type.${view.type}`), ' ', verificationBadge(view.verification)),
    h('h1', { tabindex: '-1', lang: view.locale }, view.title),
    h('p', { class: 'ts-meta' }, t('ui.artifact.steward', view.steward.name), ' · ', t('ui.artifact.version', view.version),
      ' · ', when(view.updatedAt)),
    language,
    view.pastReview ? h('p', { class: 'ts-notice', id: 'ts-past-review', role: 'note' }, t('ui.artifact.past-review', when(view.reviewDueAt))) : null,
    h('div', { class: 'ts-actions ts-no-print', id: 'ts-export' },
      h('button', { type: 'button', id: 'ts-print', onclick: () => window.print() }, t('ui.artifact.print'))),
    trustedHtml(h('div', { class: 'ts-artifact-body ts-post-body', lang: view.locale }), view.html),
    provenance(view)];
}

function languageName(locale) {
  try {
    return new Intl.DisplayNames([document.documentElement.lang || 'en'], { type: 'language' }).of(locale);
  } catch (e) { return locale; }
}

function communityPanel(community) {
  if (!community) return null;
  return h('section', { class: 'ts-card ts-no-print', id: 'ts-placed-community', 'aria-labelledby': 'ts-placed-community-title' },
    h('h2', { id: 'ts-placed-community-title' }, t('ui.placed.community')),
    community.member
      ? h('p', {}, h('a', { href: `#/spaces/${community.spaceId}`, id: 'ts-placed-space' }, t('ui.placed.open-space', community.title || '')))
      : h('p', {}, t('ui.placed.not-member', community.title || '')));
}

/** An artifact opened from a link on a course page: the artifact, or a clear page when it is obsolete or no longer shared. */
export async function placedArtifactView(ctx, artifactId, original = false) {
  const placed = await api(`/api/artifacts/${artifactId}/placed${original ? '?original=true' : ''}`);
  if (placed.community && placed.community.member) ctx.setSpace(placed.community.spaceId, placed.community.title);
  if (placed.state === 'UNAVAILABLE') {
    replace(ctx.main, h('section', { class: 'ts-card ts-placed', id: 'ts-placed-unavailable' },
      h('h1', {}, t('ui.placed.unavailable.title')), h('p', {}, t('ui.placed.unavailable.text'))));
    return;
  }
  if (placed.state === 'OBSOLETE') {
    replace(ctx.main, h('section', { class: 'ts-card ts-placed', id: 'ts-placed-obsolete' },
      h('p', { class: 'ts-meta' }, verificationBadge('OBSOLETE')),
      h('h1', {}, placed.title), h('p', {}, t('ui.placed.obsolete.text'))), communityPanel(placed.community));
    return;
  }
  const show = async (asWritten) => {
    await placedArtifactView(ctx, artifactId, asWritten);
    ctx.main.querySelector('#ts-placed h1').focus();
  };
  replace(ctx.main, h('article', { class: 'ts-placed', id: 'ts-placed' }, placedWords(placed.artifact, placed.translation, show)),
    communityPanel(placed.community));
}
