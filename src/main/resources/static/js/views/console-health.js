import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, replace } from '../dom.js';
import { busy, emptyState } from '../ui/feedback.js';
import { downloadFile } from '../ui/download.js';
import { consolePage, chosenOrganisation, organisationChooser } from './console.js';

// Community health, the L&D view: who creates, contributes, reads or sleeps next to the 90-9-1 and
// 65-15-20 reference splits, who moved inward or drifted out, how soon questions are answered,
// whether newcomers stay, ties across departments and regions, and what the conversations became.
// Aggregates only: a figure about fewer than five people comes as null and reads "hidden". The chart
// (uPlot, from its WebJar) is decoration for sighted readers; the table under it says the same.

const UPLOT = '/static/lib/uplot/1.6.30/dist';
// Creators, contributors, readers and quiet members: the 90-9-1 rule and the 65-15-20 split often
// seen in enterprise communities.
const REFERENCES = { '90-9-1': [0.01, 0.09, 0.90], '65-15-20': [0.20, 0.15, 0.65] };

const percent = (v) => (v == null ? t('ui.console.health.hidden') : new Intl.NumberFormat(document.documentElement.lang || 'en',
  { style: 'percent', maximumFractionDigits: 1 }).format(v));
const count = (v) => (v == null ? t('ui.console.health.hidden') : String(v));
const hours = (v) => (v == null ? t('ui.console.health.hidden') : t('ui.console.health.hours', v.toFixed(1)));

function figures(id, caption, rows) {
  return h('table', { class: 'ts-table', id },
    h('caption', {}, caption),
    h('tbody', {}, rows.map(([label, value]) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, value)))));
}

async function uPlotModule() {
  if (!document.getElementById('ts-uplot-css')) {
    document.head.append(h('link', { rel: 'stylesheet', href: `${UPLOT}/uPlot.min.css`, id: 'ts-uplot-css' }));
  }
  return (await import(`${UPLOT}/uPlot.esm.js`)).default;
}

// Bars for this community's shares, dots for the two reference splits.
async function splitChart(container, split) {
  const uPlot = await uPlotModule();
  const ours = [split.creatorShare, split.contributorShare,
    split.readerShare == null || split.dormantShare == null ? null : split.readerShare + split.dormantShare];
  const labels = [t('ui.console.health.creators'), t('ui.console.health.contributors'), t('ui.console.health.readers-and-quiet')];
  const width = Math.min(640, container.clientWidth || 640);
  // eslint-disable-next-line new-cap
  return new uPlot({
    width, height: 260,
    scales: { x: { time: false, range: [-0.5, 2.5] }, y: { range: [0, 1] } },
    axes: [
      { splits: () => [0, 1, 2], values: (u, vals) => vals.map((v) => labels[v] || '') },
      { values: (u, vals) => vals.map((v) => `${Math.round(v * 100)} %`) },
    ],
    legend: { show: true },
    series: [
      {},
      { label: t('ui.console.health.this-community'), stroke: '#1b5e9a', fill: 'rgba(27,94,154,0.55)',
        paths: uPlot.paths.bars({ size: [0.5, 80] }), points: { show: false } },
      { label: '90-9-1', stroke: '#a63d00', paths: () => null, points: { show: true, size: 12, fill: '#a63d00' } },
      { label: '65-15-20', stroke: '#2e7d32', paths: () => null, points: { show: true, size: 12, fill: '#2e7d32' } },
    ],
  }, [[0, 1, 2], ours, REFERENCES['90-9-1'], REFERENCES['65-15-20']], container);
}

function filters(ctx, organisation, spaces) {
  const p = ctx.params;
  const space = h('select', { id: 'ts-health-space', name: 'space' },
    h('option', { value: '' }, t('ui.console.health.whole-organisation')),
    spaces.map((s) => h('option', { value: s.id, selected: p.get('space') === s.id }, s.title)));
  const from = h('input', { type: 'date', id: 'ts-health-from', name: 'from' });
  from.value = p.get('from') || '';
  const to = h('input', { type: 'date', id: 'ts-health-to', name: 'to' });
  to.value = p.get('to') || '';
  const field = (id, label, control) => h('div', {}, h('label', { for: id }, label), control);
  return h('form', { class: 'ts-card', role: 'search', 'aria-label': t('ui.console.health.filters'), onsubmit: (e) => {
    e.preventDefault();
    const query = new URLSearchParams();
    if (p.get('organisation')) query.set('organisation', p.get('organisation'));
    [space, from, to].forEach((c) => { if (c.value) query.set(c.name, c.value); });
    location.hash = `#/admin/health${query.toString() ? `?${query}` : ''}`;
  } },
  h('div', { class: 'ts-console-filters' },
    field('ts-health-space', t('ui.console.health.scope'), space),
    field('ts-health-from', t('ui.console.audit.from'), from),
    field('ts-health-to', t('ui.console.audit.to'), to)),
  h('div', { class: 'ts-actions' }, h('button', { type: 'submit', id: 'ts-health-show' }, t('ui.console.health.show'))));
}

export async function healthView(ctx) {
  await consolePage(ctx, 'health', t('ui.console.health.title'), async (access) => {
    const organisation = chosenOrganisation(ctx, access);
    if (!organisation) return emptyState(t('ui.console.no-platforms'));
    const query = new URLSearchParams();
    ['space', 'from', 'to'].forEach((k) => { if (ctx.params.get(k)) query.set(k, ctx.params.get(k)); });
    const base = `/api/admin/organisations/${organisation}/health`;
    const [report, spaces] = await Promise.all([api(`${base}?${query}`), api(`/api/admin/organisations/${organisation}/spaces`)]);
    const csv = h('button', { type: 'button', class: 'ts-secondary', id: 'ts-health-csv' }, t('ui.console.health.csv'));
    csv.addEventListener('click', () => downloadFile(`${base}/csv?${query}`, 'community-health.csv', csv));
    // Figures are served as computed a few minutes ago at most; this computes them now, then shows them.
    const recompute = h('button', { type: 'button', class: 'ts-secondary', id: 'ts-health-recompute' }, t('ui.console.health.recompute'));
    recompute.addEventListener('click', () => busy(recompute, async () => {
      const fresh = new URLSearchParams(query);
      fresh.set('fresh', 'true');
      await api(`${base}?${fresh}`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    }));
    const head = [organisationChooser(ctx, access, '/admin/health', organisation), filters(ctx, organisation, spaces),
      h('p', { role: 'status', id: 'ts-health-period' }, t('ui.console.health.period', report.from.slice(0, 10), report.to.slice(0, 10)),
        ' ', h('span', { id: 'ts-health-as-of' }, t('ui.console.health.as-of', new Date(report.asOf).toLocaleString(document.documentElement.lang || undefined)))),
      h('div', { class: 'ts-actions' }, csv, recompute)];
    if (report.members == null) {
      return [...head, emptyState(t('ui.console.health.too-few'))];
    }
    const s = report.split;
    const chart = h('div', { class: 'ts-chart', id: 'ts-health-chart', 'aria-hidden': 'true' });
    const r = report.responses;
    const n = report.newContributors;
    const y = report.yield;
    const sections = [
      h('section', { class: 'ts-card', 'aria-labelledby': 'ts-health-split-title' },
        h('h2', { id: 'ts-health-split-title' }, t('ui.console.health.split.title')),
        h('p', { class: 'ts-meta' }, t('ui.console.health.split.text', report.members)),
        chart,
        h('table', { class: 'ts-table', id: 'ts-health-split' },
          h('caption', {}, t('ui.console.health.split.caption')),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('ui.console.health.state')), h('th', { scope: 'col' }, t('ui.console.health.people')),
            h('th', { scope: 'col' }, t('ui.console.health.this-community')), h('th', { scope: 'col' }, '90-9-1'), h('th', { scope: 'col' }, '65-15-20'))),
          h('tbody', {},
            h('tr', {}, h('th', { scope: 'row' }, t('ui.console.health.creators')), h('td', {}, count(s.creators)), h('td', {}, percent(s.creatorShare)), h('td', {}, percent(0.01)), h('td', {}, percent(0.20))),
            h('tr', {}, h('th', { scope: 'row' }, t('ui.console.health.contributors')), h('td', {}, count(s.contributors)), h('td', {}, percent(s.contributorShare)), h('td', {}, percent(0.09)), h('td', {}, percent(0.15))),
            h('tr', {}, h('th', { scope: 'row' }, t('ui.console.health.readers')), h('td', {}, count(s.readers)), h('td', {}, percent(s.readerShare)), h('td', { rowspan: '2' }, percent(0.90)), h('td', { rowspan: '2' }, percent(0.65))),
            h('tr', {}, h('th', { scope: 'row' }, t('ui.console.health.dormant')), h('td', {}, count(s.dormant)), h('td', {}, percent(s.dormantShare)))))),
      h('section', { class: 'ts-card', 'aria-labelledby': 'ts-health-more' }, h('h2', { id: 'ts-health-more' }, t('ui.console.health.more')),
        figures('ts-health-movement', t('ui.console.health.movement.caption'), [
          [t('ui.console.health.movement.inward'), count(report.movement.inward)],
          [t('ui.console.health.movement.outward'), count(report.movement.outward)],
          [t('ui.console.health.movement.same'), count(report.movement.same)]]),
        figures('ts-health-responses', t('ui.console.health.responses.caption'), [
          [t('ui.console.health.responses.threads'), String(r.threads)],
          [t('ui.console.health.responses.median'), hours(r.medianHours)],
          [t('ui.console.health.responses.p90'), hours(r.p90Hours)],
          [t('ui.console.health.responses.unanswered24'), percent(r.unansweredAt24h)],
          [t('ui.console.health.responses.unanswered72'), percent(r.unansweredAt72h)]]),
        figures('ts-health-people', t('ui.console.health.people.caption'), [
          [t('ui.console.health.monthly-active'), percent(report.monthlyActiveShare)],
          [t('ui.console.health.new-contributors'), count(n.count)],
          [t('ui.console.health.retained30'), percent(n.retained30)],
          [t('ui.console.health.retained90'), percent(n.retained90)],
          [t('ui.console.health.ties.departments'), count(report.ties.acrossDepartments)],
          [t('ui.console.health.ties.regions'), count(report.ties.acrossRegions)]]),
        figures('ts-health-yield', t('ui.console.health.yield.caption'), [
          [t('ui.console.health.yield.threads'), String(y.threadsBecameArtifacts)],
          [t('ui.console.health.yield.artifacts'), String(y.artifacts)],
          [t('ui.console.health.yield.verified'), String(y.verified)],
          [t('ui.console.health.yield.due'), String(y.dueForReview)]])),
    ];
    // Drawn once the view is in the page (uPlot measures its container).
    setTimeout(() => { if (chart.isConnected) splitChart(chart, s).catch(() => replace(chart)); }, 0);
    return [...head, ...sections];
  });
}
