// A space's peer-group programme, for its facilitators: the settings, an upload of people's
// attributes, a formation that runs in the background (its progress polled), the draft groups with
// everyone's attributes (facilitators only see these), moves, swaps and locks that re-optimise the
// rest, and publishing the draft as the next round of groups.
import { api } from '../api.js';
import { t, formatNumber } from '../i18n.js';
import { h, replace } from '../dom.js';
import { busy, fieldError, clearFieldError, say, confirmInline, emptyState } from '../ui/feedback.js';

const POLL_MS = 400;

export async function peerGroupsView(ctx, spaceId) {
  const [space, programme] = await Promise.all([api(`/api/spaces/${spaceId}`), api(`/api/spaces/${spaceId}/programme`)]);
  ctx.setSpace(space.id, space.title);
  let latest = null;
  if (programme.saved) {
    try { latest = await api(`/api/spaces/${spaceId}/programme/formations/latest`, { quiet: true }); } catch (e) { latest = null; }
  }
  // Its heading comes with the first run; the progress and the outcome are announced as they change.
  const draftArea = h('div', { class: 'ts-section', id: 'ts-draft', 'aria-live': 'polite' });
  const page = { spaceId, programme, draftArea };
  replace(ctx.main,
    h('p', { class: 'ts-breadcrumb' }, h('a', { href: `#/spaces/${spaceId}` }, space.title)),
    h('h1', {}, t('ui.peer-groups.title')),
    h('p', { class: 'ts-muted' }, t('ui.peer-groups.intro')),
    settingsForm(page),
    programme.saved ? uploadForm(page) : null,
    programme.saved ? formationControls(page) : null,
    draftArea);
  if (latest) showFormation(page, latest);
  // A run started elsewhere (the course-end trigger, another facilitator) is followed to its draft.
  if (latest && latest.state === 'RUNNING') follow(page, latest.id).catch(() => {});
}

function settingsForm(page) {
  const s = page.programme.settings;
  const number = (id, value, min, max) => h('input', { type: 'number', id, value: String(value), min: String(min), max: String(max),
    inputmode: 'numeric', class: 'ts-narrow' });
  const size = number('ts-pg-size', s.groupSize, 2, 20);
  const min = number('ts-pg-min', s.minSize, 2, 20);
  const max = number('ts-pg-max', s.maxSize, 2, 20);
  const overlap = number('ts-pg-overlap', s.overlapHours, 0, 12);
  const language = h('input', { type: 'checkbox', id: 'ts-pg-language', checked: s.sharedLanguage });
  const teams = h('input', { type: 'checkbox', id: 'ts-pg-teams', checked: s.teamsApart });
  const weights = page.programme.attributesOffered.map((name) => ({ name,
    input: h('input', { type: 'number', id: `ts-pg-weight-${name}`, min: '0', max: '10', step: '0.5', class: 'ts-narrow',
      value: String(s.attributes[name] ?? 0) }) }));
  const choice = (id, values, current, prefix) => h('select', { id },
    values.map((v) => h('option', { value: v, selected: v === current }, t(`${prefix}.${v}`))));
  const trigger = choice('ts-pg-trigger', page.programme.triggers, s.trigger, 'ui.peer-groups.trigger');
  const cadence = choice('ts-pg-cadence', page.programme.cadences, s.cadence, 'ui.peer-groups.cadence');
  const prompts = h('textarea', { id: 'ts-pg-prompts', rows: '3', 'aria-describedby': 'ts-pg-prompts-hint' }, s.starterPrompts.join('\n'));
  const save = h('button', { type: 'submit', id: 'ts-pg-save' }, t('ui.peer-groups.save'));
  const form = h('form', { class: 'ts-card', id: 'ts-pg-settings', 'aria-labelledby': 'ts-pg-settings-title', onsubmit: (e) => {
    e.preventDefault();
    busy(form, async () => {
      clearFieldError(save);
      const attributes = {};
      weights.forEach((w) => { if (w.input.value !== '') attributes[w.name] = Number(w.input.value); });
      try {
        page.programme = await api(`/api/spaces/${page.spaceId}/programme`, { method: 'PUT', body: {
          courseIds: s.courseIds, groupSize: Number(size.value), minSize: Number(min.value), maxSize: Number(max.value),
          viableSize: s.viableSize <= Number(min.value) ? s.viableSize : null, attributes, sharedLanguage: language.checked,
          overlapHours: Number(overlap.value), teamsApart: teams.checked, neverTogether: s.neverTogether,
          trigger: trigger.value, cadence: cadence.value,
          starterPrompts: prompts.value.split('\n').map((p) => p.trim()).filter(Boolean) } });
        if (!document.getElementById('ts-pg-start')) {
          form.after(uploadForm(page), formationControls(page));
        }
        say(save, t('ui.peer-groups.saved'));
      } catch (err) { fieldError(save, err); }
    });
  } },
  h('h2', { id: 'ts-pg-settings-title' }, t('ui.peer-groups.settings')),
  h('fieldset', {}, h('legend', {}, t('ui.peer-groups.size')),
    h('div', { class: 'ts-row' },
      h('label', { for: 'ts-pg-size' }, t('ui.peer-groups.size.target')), size,
      h('label', { for: 'ts-pg-min' }, t('ui.peer-groups.size.min')), min,
      h('label', { for: 'ts-pg-max' }, t('ui.peer-groups.size.max')), max)),
  h('fieldset', {}, h('legend', {}, t('ui.peer-groups.attributes')),
    h('p', { class: 'ts-muted' }, t('ui.peer-groups.attributes.help')),
    h('div', { class: 'ts-row' }, weights.map((w) => [h('label', { for: w.input.id }, t(`ui.peer-groups.attribute.${w.name}`)), w.input]))),
  h('fieldset', {}, h('legend', {}, t('ui.peer-groups.constraints')),
    h('div', { class: 'ts-row' }, language, h('label', { for: 'ts-pg-language' }, t('ui.peer-groups.shared-language'))),
    h('div', { class: 'ts-row' }, h('label', { for: 'ts-pg-overlap' }, t('ui.peer-groups.overlap')), overlap),
    h('div', { class: 'ts-row' }, teams, h('label', { for: 'ts-pg-teams' }, t('ui.peer-groups.teams-apart')))),
  h('div', { class: 'ts-row' },
    h('label', { for: 'ts-pg-trigger' }, t('ui.peer-groups.trigger')), trigger,
    h('label', { for: 'ts-pg-cadence' }, t('ui.peer-groups.cadence')), cadence),
  h('label', { for: 'ts-pg-prompts' }, t('ui.peer-groups.prompts')),
  h('p', { class: 'ts-muted', id: 'ts-pg-prompts-hint' }, t('ui.peer-groups.prompts.help')),
  prompts,
  h('div', { class: 'ts-actions' }, save));
  return form;
}

function uploadForm(page) {
  const file = h('input', { type: 'file', id: 'ts-pg-file', accept: '.csv,text/csv', 'aria-describedby': 'ts-pg-file-hint' });
  const upload = h('button', { type: 'submit', id: 'ts-pg-upload', class: 'ts-secondary' }, t('ui.peer-groups.upload'));
  const errors = h('ul', { id: 'ts-pg-upload-errors', class: 'ts-error-text', hidden: true });
  const form = h('form', { class: 'ts-card', 'aria-labelledby': 'ts-pg-upload-title', onsubmit: (e) => {
    e.preventDefault();
    busy(form, async () => {
      clearFieldError(upload);
      errors.hidden = true;
      if (!file.files.length) { fieldError(upload, t('ui.peer-groups.upload.choose')); return; }
      try {
        const done = await api(`/api/spaces/${page.spaceId}/programme/attributes`, { method: 'POST',
          body: { csv: await file.files[0].text() } });
        say(upload, t('ui.peer-groups.upload.done', done.people));
      } catch (err) {
        fieldError(upload, err);
        const rows = err.problem && err.problem.errors;
        if (rows && rows.length) {
          replace(errors, rows.map((r) => h('li', {}, t('ui.peer-groups.upload.row', r.line, r.reason))));
          errors.hidden = false;
        }
      }
    });
  } },
  h('h2', { id: 'ts-pg-upload-title' }, t('ui.peer-groups.upload.title')),
  h('p', { class: 'ts-muted', id: 'ts-pg-file-hint' }, t('ui.peer-groups.upload.help')),
  h('label', { for: 'ts-pg-file' }, t('ui.peer-groups.upload.file')), file,
  h('div', { class: 'ts-actions' }, upload), errors);
  return form;
}

function formationControls(page) {
  const start = h('button', { type: 'button', id: 'ts-pg-start', onclick: () => busy(start, async () => {
    clearFieldError(start);
    try {
      const run = await api(`/api/spaces/${page.spaceId}/programme/formations`, { method: 'POST' });
      await follow(page, run.id);
    } catch (err) { fieldError(start, err); }
  }) }, t('ui.peer-groups.start'));
  const base = `/api/spaces/${page.spaceId}/programme`;
  const late = h('button', { type: 'button', id: 'ts-pg-late', class: 'ts-secondary', hidden: true,
    onclick: () => busy(late, async () => {
      clearFieldError(late);
      try {
        const done = await api(`${base}/late-joiners`, { method: 'POST' });
        say(late, t('ui.peer-groups.late-joiners.done', Object.keys(done.placed || {}).length,
          Object.keys(done.unplaced || {}).length));
        await offerRoundActions();
      } catch (err) { fieldError(late, err); }
    }) }, t('ui.peer-groups.late-joiners'));
  const reformHelp = h('p', { class: 'ts-muted', id: 'ts-pg-reform-help', hidden: true }, t('ui.peer-groups.reform.help'));
  // Small groups a re-formation would leave as they are: said, rather than offering one that changes nothing.
  const cannotReform = h('p', { class: 'ts-muted', id: 'ts-pg-reform-cannot', hidden: true });
  const reform = h('button', { type: 'button', id: 'ts-pg-reform', class: 'ts-secondary', hidden: true,
    'aria-describedby': 'ts-pg-reform-help', onclick: () => busy(reform, async () => {
      clearFieldError(reform);
      try {
        await api(`${base}/rounds/latest/reformation`, { method: 'POST' });
        say(late, t('ui.peer-groups.reform.done'));
        await offerRoundActions();
      } catch (err) { fieldError(reform, err); }
    }) }, t('ui.peer-groups.reform'));
  // The latest round's groups, each opening its page (where a facilitator sets its meetings).
  const roundGroups = h('div', { id: 'ts-pg-round-groups' });
  // Late joiners need a published round; a re-formation only when the latest round offers it.
  async function offerRoundActions() {
    let round = null;
    try { round = await api(`${base}/rounds/latest`, { quiet: true }); } catch (e) { round = null; }
    late.hidden = !round;
    reform.hidden = reformHelp.hidden = !(round && round.reformationOffered);
    const stuck = (round && round.cannotReform) || [];
    cannotReform.hidden = stuck.length === 0;
    cannotReform.textContent = stuck.length ? t('ui.peer-groups.reform.cannot', stuck.join(', ')) : '';
    replace(roundGroups, round && round.groups.length ? [
      h('h3', { id: 'ts-pg-round-groups-title' }, t('ui.peer-groups.round-groups')),
      h('ul', { class: 'ts-pg-round-links', 'aria-labelledby': 'ts-pg-round-groups-title' }, round.groups.map((g) =>
        h('li', {}, h('a', { href: `#/peer-groups/${g.id}`, id: `ts-pg-open-${g.number}` }, g.name), ' ',
          h('span', { class: 'ts-meta' }, t('ui.peer-groups.round-group.members', g.members.length)))))] : []);
  }
  page.offerRoundActions = offerRoundActions;
  offerRoundActions();
  return h('section', { class: 'ts-card', 'aria-labelledby': 'ts-pg-form-title' },
    h('h2', { id: 'ts-pg-form-title' }, t('ui.peer-groups.form')),
    h('p', { class: 'ts-muted' }, t('ui.peer-groups.form.help')),
    reformHelp, cannotReform,
    h('div', { class: 'ts-actions' }, start, late, reform),
    roundGroups);
}

// Polls the run until it has a draft (or failed), showing its progress meanwhile.
async function follow(page, runId) {
  for (;;) {
    const run = await api(`/api/spaces/${page.spaceId}/programme/formations/${runId}`, { quiet: true });
    showFormation(page, run);
    if (run.state !== 'RUNNING') return;
    await new Promise((resolve) => { setTimeout(resolve, POLL_MS); });
  }
}

function showFormation(page, run) {
  const area = page.draftArea;
  const title = h('h2', { id: 'ts-draft-title' }, run.state === 'PUBLISHED' ? t('ui.peer-groups.published-title', run.round)
    : t('ui.peer-groups.draft'));
  if (run.state === 'RUNNING') {
    replace(area, title, h('label', { for: 'ts-pg-progress' }, t('ui.peer-groups.running')),
      h('progress', { id: 'ts-pg-progress', max: '100', value: String(run.progress) }, `${run.progress} %`));
    return;
  }
  if (run.state === 'FAILED') {
    replace(area, title, h('p', { role: 'alert', class: 'ts-error-text' }, t('ui.peer-groups.failed', run.error || '')));
    return;
  }
  const editable = run.state === 'READY';
  const everyone = run.groups.flatMap((g) => g.members.map((m) => ({ ...m, group: g.number })));
  const report = run.report ? h('p', { class: 'ts-meta', id: 'ts-pg-report' }, t('ui.peer-groups.report',
    formatNumber(Number(run.report.meanDiversity.toFixed(2))), formatNumber(Number(run.report.ratioToRandom.toFixed(2))),
    run.groups.length, run.unplaced.length)) : null;
  const publish = editable ? h('button', { type: 'button', id: 'ts-pg-publish', onclick: async () => {
    if (!await confirmInline(publish, { question: t('ui.peer-groups.publish.question', run.groups.length),
      confirm: t('ui.peer-groups.publish') })) return;
    busy(publish, async () => {
      try {
        await api(`/api/spaces/${page.spaceId}/programme/formations/${run.id}/publication`, { method: 'POST' });
        showFormation(page, await api(`/api/spaces/${page.spaceId}/programme/formations/${run.id}`));
        say(document.getElementById('ts-draft-title'), t('ui.peer-groups.published'));
        if (page.offerRoundActions) await page.offerRoundActions();
      } catch (err) { fieldError(publish, err); }
    });
  } }, t('ui.peer-groups.publish')) : null;
  replace(area, title, report,
    run.groups.length ? h('div', { class: 'ts-pg-groups' }, run.groups.map((g) => groupCard(page, run, g, everyone, editable)))
      : emptyState(t('ui.peer-groups.none')),
    run.unplaced.length ? h('section', { class: 'ts-card', 'aria-labelledby': 'ts-pg-unplaced-title' },
      h('h3', { id: 'ts-pg-unplaced-title' }, t('ui.peer-groups.unplaced')),
      h('ul', {}, run.unplaced.map((u) => h('li', {}, u.name || u.personId, ' — ', t(`ui.peer-groups.reason.${u.reason}`),
        h('span', { class: 'ts-muted' }, ' ', attributesText(u.values)))))) : null,
    editable ? h('div', { class: 'ts-actions' }, publish) : null);
}

// Each value under the name the programme form gives it, what groups are mixed by first; the upload's
// member key identifies a row of the file and means nothing to the facilitator, so it is left out.
const ATTRIBUTE_ORDER = ['department', 'unit', 'region', 'employer', 'tenure', 'languages', 'timezone', 'working_hours'];
const attributeRank = (name) => (ATTRIBUTE_ORDER.includes(name) ? ATTRIBUTE_ORDER.indexOf(name) : ATTRIBUTE_ORDER.length);

function attributesText(values) {
  const shown = Object.entries(values || {}).filter(([name]) => name !== 'member_key')
    .sort(([a], [b]) => attributeRank(a) - attributeRank(b) || a.localeCompare(b));
  return shown.flatMap(([name, value], i) => [i ? ' · ' : null,
    h('span', { dataset: { attribute: name } }, `${attributeName(name)}: ${value}`)]);
}

function attributeName(name) {
  const key = `ui.peer-groups.attribute.${name}`;
  const label = t(key);
  return label === key ? name.replace(/_/g, ' ') : label;
}

function groupCard(page, run, group, everyone, editable) {
  const id = `ts-pg-group-${group.number}`;
  return h('section', { class: 'ts-card ts-pg-group', id, 'aria-labelledby': `${id}-title` },
    h('h3', { id: `${id}-title` }, t('ui.peer-groups.group', group.number, group.members.length)),
    h('ul', { class: 'ts-pg-members' }, group.members.map((m) => memberRow(page, run, group, m, everyone, editable))));
}

function memberRow(page, run, group, member, everyone, editable) {
  const key = member.personId;
  const name = member.name || member.personId;
  const edit = async (control, body) => busy(control, async () => {
    clearFieldError(control);
    try {
      const next = await api(`/api/spaces/${page.spaceId}/programme/formations/${run.id}/edits`, { method: 'POST', body });
      showFormation(page, next);
      const moved = document.querySelector(`[data-person="${member.personId}"]`);
      if (moved) moved.focus();
    } catch (err) { fieldError(control, err); }
  });
  let controls = null;
  if (editable) {
    // The choices (every other group, everyone of the other groups) are made when the list is first
    // reached: filled up front, a preview of 300 people would carry some 100,000 options.
    const target = h('select', { id: `ts-pg-target-${key}`, 'aria-label': t('ui.peer-groups.target', name) },
      h('option', { value: '' }, t('ui.peer-groups.choose')));
    const fill = () => {
      if (target.options.length > 1) return;
      target.append(
        ...run.groups.filter((g) => g.number !== group.number).map((g) => h('option', { value: `group:${g.number}` },
          t('ui.peer-groups.into-group', g.number))),
        ...everyone.filter((o) => o.group !== group.number).map((o) => h('option', { value: `person:${o.personId}` },
          t('ui.peer-groups.swap-with', o.name || o.personId, o.group))));
    };
    target.addEventListener('focus', fill);
    target.addEventListener('pointerdown', fill);
    const apply = h('button', { type: 'button', class: 'ts-secondary', onclick: () => {
      const [kind, value] = target.value.split(':');
      if (!kind) { fieldError(apply, t('ui.peer-groups.choose-first')); return; }
      edit(apply, kind === 'group' ? { kind: 'MOVE', person: member.personId, group: Number(value) }
        : { kind: 'SWAP', person: member.personId, other: value });
    } }, t('ui.peer-groups.apply'));
    const lock = member.locked ? null : h('button', { type: 'button', class: 'ts-secondary',
      onclick: () => edit(lock, { kind: 'LOCK', person: member.personId }) }, t('ui.peer-groups.lock'));
    controls = h('div', { class: 'ts-row' }, target, apply, lock);
  }
  return h('li', { class: 'ts-pg-member', dataset: { person: member.personId }, tabindex: '-1' },
    h('strong', {}, name),
    member.locked ? h('span', { class: 'ts-badge ts-muted' }, t('ui.peer-groups.locked')) : null,
    h('div', { class: 'ts-meta' }, attributesText(member.values)),
    controls);
}
