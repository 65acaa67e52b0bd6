import { read } from './api.js';
import { BASE, SERIES_COLOURS, chartIn, chartsReady } from './charts.js';
import { currentLanguage, named, number, t, unit } from './i18n.js';
import { row } from './zone-page.js';

// From a proposal to its completion, then the ways a project stops short of it.
const PIPELINE = ['PROPOSED', 'APPROVED', 'IN_PROGRESS', 'COMPLETED', 'SUSPENDED', 'REJECTED', 'CANCELLED'];
const state = { projects: [], counties: new Map(), clusters: new Map() };

export async function showProjects(status, { quietly = false } = {}) {
  if (!quietly) {
    status.textContent = t('loading');
  }
  const [portfolio, projects, counties, clusters] = await Promise.all([
    read('cooperation', `/api/v1/portfolio?${PIPELINE.map(s => `status=${s}`).join('&')}`),
    read('cooperation', '/api/v1/projects?limit=1000'),
    read('registry', '/api/v1/counties?limit=1000'),
    read('registry', '/api/v1/spatial-elements?kind=CITY_CLUSTER&limit=1000'),
    chartsReady(),
  ]);
  state.projects = projects;
  state.counties = new Map(counties.map(c => [c.code, named(c)]));
  state.clusters = new Map(clusters.map(c => [c.id, named(c)]));
  drawPipeline(portfolio);
  drawPortfolio(portfolio);
  listProjects(projects);
  status.textContent = projects.length === 0 ? t('proj.none') : '';
  const chosen = document.getElementById('proj-select').value;
  if (chosen) {
    await showProject(chosen);
  }
}

function title(project) {
  return currentLanguage() === 'zh' ? project.titleZh : project.titleEn;
}

function drawPipeline(portfolio) {
  const counts = new Map(portfolio.byStatus.map(s => [s.status, s.projects]));
  const chart = chartIn(document.getElementById('proj-pipeline'));
  chart?.setOption({
    ...BASE,
    grid: { left: 112, right: 40, top: 8, bottom: 8 }, tooltip: {},
    xAxis: { type: 'value', show: false, minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: PIPELINE.map(s => t(`proj.status.${s}`)) },
    series: [{ type: 'bar', data: PIPELINE.map(s => counts.get(s) ?? 0), color: SERIES_COLOURS[0],
      label: { show: true, position: 'right' } }],
  }, true);
  chart?.resize();
}

function drawPortfolio(portfolio) {
  const headings = [t('proj.breakdown'), t('proj.count'), t('proj.investment')];
  const lines = [
    [t('proj.total'), portfolio.total.projects, portfolio.total.plannedInvestment],
    ...portfolio.byPlanArea.map(a => [t(`area.${a.planArea}`), a.projects, a.plannedInvestment]),
    ...portfolio.byProvince.map(p => [t(p.province === 'HUNAN' ? 'zone.hunan' : 'zone.jiangxi'), p.projects,
      p.plannedInvestment]),
    ...portfolio.byCluster.map(c => [state.clusters.get(c.cluster) ?? c.cluster, c.projects, c.plannedInvestment]),
  ];
  const table = document.getElementById('proj-portfolio');
  table.querySelector('thead').replaceChildren(row('th', headings));
  table.querySelector('tbody').replaceChildren(...lines.map(([label, count, investment]) => row('td',
    [label, String(count), `${number(investment)} ${unit('CNY')}`], headings)));
}

function listProjects(projects) {
  const select = document.getElementById('proj-select');
  const chosen = select.value;
  select.replaceChildren(new Option(t('proj.choose'), ''),
    ...projects.map(p => new Option(`${p.id} · ${title(p)} (${t(`proj.status.${p.status}`)})`, p.id)));
  select.value = projects.some(p => p.id === chosen) ? chosen : '';
  select.onchange = () => showProject(select.value);
}

async function showProject(id) {
  const panel = document.getElementById('proj-detail');
  if (!id) {
    panel.replaceChildren();
    return;
  }
  const [project, outcomes] = await Promise.all([read('cooperation', `/api/v1/projects/${encodeURIComponent(id)}`),
    read('cooperation', `/api/v1/projects/${encodeURIComponent(id)}/outcomes`)]);
  const heading = document.createElement('h3');
  heading.textContent = `${project.id} · ${title(project)}`;
  const facts = document.createElement('p');
  const units = project.participants.map(p => state.counties.get(p.countyCode) ?? p.countyCode).join('、');
  facts.textContent = `${t(`proj.status.${project.status}`)} · ${units} · `
    + `${number(project.plannedInvestment.total)} ${unit('CNY')}`;
  panel.replaceChildren(heading, facts,
    section(t('proj.approvals'), [t('table.province'), t('proj.decision'), t('proj.when')],
      project.approvals.map(a => [t(a.provinceCode === '430000' ? 'zone.hunan' : 'zone.jiangxi'),
        t(`proj.decision.${a.decision}`), a.decidedAt.slice(0, 10)])),
    section(t('proj.milestones'), [t('proj.milestone'), t('proj.due'), t('proj.done')],
      project.milestones.map(m => [m.name, m.due, m.doneOn ?? '—'])),
    section(t('proj.outcomes'), [t('goals.indicator'), t('proj.baseline'), t('goals.latest'), t('goals.target'),
      t('proj.progress')], outcomes.outcomes.map(outcomeRow)),
    section(t('proj.flags'), [t('table.unit'), t('proj.successor'), t('proj.retiredOn')],
      project.reviewFlags.map(f => [state.counties.get(f.countyCode) ?? f.countyCode, f.successorCode ?? '—',
        f.retiredOn])));
}

function outcomeRow(outcome) {
  const name = currentLanguage() === 'zh' ? outcome.indicatorNameZh : outcome.indicatorNameEn;
  return [name ?? outcome.indicatorCode, `${number(outcome.baseline)} (${outcome.baselinePeriod ?? '—'})`,
    outcome.latest ? `${number(outcome.latest.value)} (${outcome.latest.period})` : '—',
    `${number(outcome.target)} (${outcome.targetPeriod})`,
    outcome.progress === null || outcome.progress === undefined ? '—' : `${number(outcome.progress * 100)}%`];
}

/** A part of a project's page: its heading and a table, or a line saying it has nothing yet. */
function section(headingText, headings, rows) {
  const part = document.createElement('section');
  const heading = document.createElement('h4');
  heading.textContent = headingText;
  part.append(heading);
  if (rows.length === 0) {
    const none = document.createElement('p');
    none.className = 'note';
    none.textContent = t('proj.nothing');
    part.append(none);
    return part;
  }
  const table = document.createElement('table');
  table.className = 'cards';
  const head = document.createElement('thead');
  head.append(row('th', headings));
  const body = document.createElement('tbody');
  body.append(...rows.map(cells => row('td', cells, headings)));
  table.append(head, body);
  part.append(table);
  return part;
}
