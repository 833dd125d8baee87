import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { when } from '../format.js';
import { busy, fieldError, say, confirmInline, emptyState } from '../ui/feedback.js';
import { downloadFile } from '../ui/download.js';
import { consolePage, chosenOrganisation, organisationChooser } from './console.js';

// People's data rights: an administrator looks a person up, exports their data (a ZIP: person.json
// and their posts as Markdown) or erases them (their identifiers, profile and private data go; what
// they wrote stays under "A former member"). Both are in the audit log.

function personItem(person, organisation, search) {
  const id = `ts-person-${person.id}`;
  const erased = person.status === 'ERASED';
  const exportButton = h('button', { type: 'button', class: 'ts-secondary', id: `${id}-export`,
    'aria-label': t('ui.console.people.export-label', person.name) }, t('ui.console.people.export'));
  exportButton.addEventListener('click', () => downloadFile(`/api/admin/organisations/${organisation}/people/${person.id}/data`,
    `thirdspace-data-${person.id}.zip`, exportButton));
  const erase = erased ? null : h('button', { type: 'button', class: 'ts-danger', id: `${id}-erase`,
    'aria-label': t('ui.console.people.erase-label', person.name) }, t('ui.console.people.erase'));
  if (erase) {
    erase.addEventListener('click', async () => {
      const sure = await confirmInline(erase, { question: t('ui.console.people.erase-question', person.name),
        confirm: t('ui.console.people.erase'), danger: true });
      if (!sure) return;
      await busy(erase, async () => {
        try {
          await api(`/api/admin/organisations/${organisation}/people/${person.id}/erasure`, { method: 'POST' });
          say(erase, t('ui.console.people.erased'));
          await search();
        } catch (err) { fieldError(erase, err); }
      });
    });
  }
  return h('li', { class: 'ts-card', 'aria-labelledby': `${id}-name`, dataset: { person: person.id } },
    h('h2', { id: `${id}-name` }, person.name, ' ',
      erased ? h('span', { class: 'ts-badge ts-status-disabled' }, t('ui.console.people.status.ERASED')) : null),
    h('p', { class: 'ts-meta' }, person.email || t('ui.console.people.no-email'), ' · ',
      person.lastLaunchAt ? t('ui.console.people.last-launch', when(person.lastLaunchAt)) : t('ui.console.people.never-launched')),
    h('div', { class: 'ts-actions ts-row' }, exportButton, erase));
}

export async function peopleAdminView(ctx) {
  await consolePage(ctx, 'people', t('ui.console.people.title'), async (access) => {
    const organisation = chosenOrganisation(ctx, access);
    if (!organisation) return emptyState(t('ui.console.no-platforms'));
    const results = h('div', { id: 'ts-console-people-results' });
    const query = h('input', { type: 'search', id: 'ts-console-people-q', maxlength: '200', required: true,
      'aria-describedby': 'ts-console-people-hint' });
    query.value = ctx.params.get('q') || '';
    const submit = h('button', { type: 'submit', id: 'ts-console-people-search' }, t('ui.search.button'));
    const search = async () => {
      const found = await api(`/api/admin/organisations/${organisation}/people?q=${encodeURIComponent(query.value)}`);
      replace(results, h('p', { role: 'status' }, t('ui.console.people.count', found.length)),
        found.length ? h('ul', { class: 'ts-cases', id: 'ts-console-people-list' }, found.map((p) => personItem(p, organisation, search)))
          : emptyState(t('ui.console.people.none')));
    };
    const form = h('form', { class: 'ts-console-filter', role: 'search', onsubmit: (e) => {
      e.preventDefault();
      busy(submit, async () => { try { await search(); } catch (err) { fieldError(submit, err); } });
    } }, h('label', { for: 'ts-console-people-q' }, t('ui.console.people.query')), query, submit,
      h('p', { id: 'ts-console-people-hint', class: 'ts-meta' }, t('ui.console.people.hint')));
    if (query.value) await search();
    return [organisationChooser(ctx, access, '/admin/people', organisation), form, results];
  });
}
