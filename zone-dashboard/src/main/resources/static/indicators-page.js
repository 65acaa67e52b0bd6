import { read } from './api.js';
import { BASE, SERIES_COLOURS, SYMBOLS, chartIn, chartsReady } from './charts.js';
import { named, number, t, unit } from './i18n.js';
import { row } from './zone-page.js';

const PROVINCES = { 43: 'province:430000', 36: 'province:360000' };
const state = { counties: [], indicators: [] };

const DEFAULT_INDICATOR = 'GDP';
const DEFAULT_UNIT = '430181';

export async function showIndicators(status) {
  status.textContent = t('loading');
  // The series the page will most likely show are read with the lists, not after them: one round trip fewer.
  const likely = { indicator: document.getElementById('ind-indicator').value || DEFAULT_INDICATOR,
    county: document.getElementById('ind-unit').value || DEFAULT_UNIT };
  likely.series = readSeries(likely.indicator, likely.county);
  likely.series.catch(() => {}); // read again below if it is needed after all
  const lists = Promise.all([
    read('registry', '/api/v1/counties?status=ACTIVE&limit=1000'),
    read('indicators', '/api/v1/indicators?status=ACTIVE&limit=1000'),
  ]);
  chartsReady();
  const [counties, indicators] = await lists;
  Object.assign(state, { counties, indicators });
  fill('ind-indicator', indicators.map(i => [i.code, `${named(i)} (${unit(i.unit)})`]), DEFAULT_INDICATOR);
  fill('ind-unit', counties.map(c => [c.code, named(c)]), DEFAULT_UNIT);
  document.getElementById('ind-indicator').onchange = () => draw(status);
  document.getElementById('ind-unit').onchange = () => draw(status);
  await draw(status, { prefetched: likely });
}

/** A unit's values of an indicator (every unit's, for the ranking), its province's series and the zone's. */
function readSeries(indicatorCode, countyCode) {
  const code = encodeURIComponent(indicatorCode);
  return Promise.all([
    read('indicators', `/api/v1/values?indicator=${code}&limit=1000`),
    read('indicators',
      `/api/v1/aggregates/series?indicator=${code}&scope=${PROVINCES[countyCode.slice(0, 2)]}&limit=1000`),
    read('indicators', `/api/v1/aggregates/series?indicator=${code}&scope=zone&limit=1000`),
  ]);
}

/** Called when an event says the zone changed: what is shown stays until it is drawn again. */
export async function refreshIndicators(status) {
  if (state.indicators.length > 0) {
    await draw(status, { quietly: true });
  }
}

function fill(id, options, preferred) {
  const select = document.getElementById(id);
  const chosen = select.value || preferred;
  select.replaceChildren(...options.map(([value, label]) => new Option(label, value)));
  select.value = options.some(([value]) => value === chosen) ? chosen : options[0]?.[0] ?? '';
}

async function draw(status, { quietly = false, prefetched = null } = {}) {
  const indicator = state.indicators.find(i => i.code === document.getElementById('ind-indicator').value);
  const county = state.counties.find(c => c.code === document.getElementById('ind-unit').value);
  if (!indicator || !county) {
    status.textContent = t('empty');
    return;
  }
  if (!quietly) {
    status.textContent = t('loading');
  }
  const [[values, province, zone]] = await Promise.all([
    prefetched?.indicator === indicator.code && prefetched?.county === county.code ? prefetched.series
      : readSeries(indicator.code, county.code),
    chartsReady(),
  ]);
  const periods = [...new Set([...values.map(v => v.period), ...zone.map(a => a.period)])].sort();
  const latest = periods[periods.length - 1];
  // Read while the charts are drawn.
  const held = readCompleteness(latest);
  drawSeries(indicator, county, periods, values, province, zone);
  drawRanking(indicator, values.filter(v => v.period === latest), latest);
  drawCompleteness(latest, await held);
  status.textContent = periods.length === 0 ? t('empty') : '';
}

function drawSeries(indicator, county, periods, values, province, zone) {
  const own = new Map(values.filter(v => v.countyCode === county.code).map(v => [v.period, Number(v.value)]));
  const byPeriod = list => new Map(list.map(a => [a.period, a.value === null ? null : Number(a.value)]));
  const provinceName = t(county.code.startsWith('43') ? 'zone.hunan' : 'zone.jiangxi');
  // A unit beside the sums of a province and the zone would be a flat line at the bottom: sums are shown per unit
  // covered, means and rates as they are.
  const perUnit = indicator.aggregation.method === 'SUM';
  const scaled = list => new Map(list.map(a => [a.period, a.value === null ? null
    : Number(a.value) / (perUnit ? Math.max(a.coveredCount, 1) : 1)]));
  const lines = [[named(county), own], [perUnit ? t('ind.perUnit', { scope: provinceName }) : provinceName,
    perUnit ? scaled(province) : byPeriod(province)], [perUnit ? t('ind.perUnit', { scope: t('zone.zone') })
    : t('zone.zone'), perUnit ? scaled(zone) : byPeriod(zone)]];
  const chart = chartIn(document.getElementById('ind-series'));
  chart?.setOption({
    ...BASE,
    legend: { top: 0 }, grid: { left: 64, right: 16, top: 36, bottom: 28 }, tooltip: { trigger: 'axis',
      valueFormatter: v => number(v) },
    xAxis: { type: 'category', data: periods }, yAxis: { type: 'value', axisLabel: { formatter: v => number(v) } },
    series: lines.map(([name, data], i) => ({ name, type: 'line', data: periods.map(p => data.get(p) ?? null),
      color: SERIES_COLOURS[i], symbol: SYMBOLS[i], symbolSize: 8, connectNulls: false })),
  }, true);
  chart?.resize();
  const headings = [t('zone.period'), ...lines.map(([name]) => `${name} (${unit(indicator.unit)})`)];
  const table = document.getElementById('ind-series-table');
  table.querySelector('thead').replaceChildren(row('th', headings));
  table.querySelector('tbody').replaceChildren(...periods.map(p => row('td', [p,
    ...lines.map(([, data]) => (data.get(p) === undefined || data.get(p) === null ? '—' : number(data.get(p))))],
  headings)));
}

function drawRanking(indicator, values, period) {
  const names = new Map(state.counties.map(c => [c.code, named(c)]));
  // The better end first, by the indicator's own direction.
  const sign = indicator.direction === 'LOWER_IS_BETTER' ? 1 : -1;
  const ranked = values.filter(v => names.has(v.countyCode))
    .sort((a, b) => sign * (Number(a.value) - Number(b.value)));
  const chart = chartIn(document.getElementById('ind-ranking'));
  chart?.setOption({
    ...BASE,
    grid: { left: 96, right: 72, top: 8, bottom: 8 }, tooltip: { valueFormatter: v => number(v) },
    xAxis: { type: 'value', show: false }, yAxis: { type: 'category', inverse: true,
      data: ranked.map(v => names.get(v.countyCode)) },
    series: [{ type: 'bar', data: ranked.map(v => Number(v.value)), color: SERIES_COLOURS[0],
      label: { show: true, position: 'right', formatter: p => number(p.value) } }],
  }, true);
  chart?.resize();
  const headings = [t('ind.rank'), t('table.unit'), `${t('table.value')} (${unit(indicator.unit)})`];
  const table = document.getElementById('ind-ranking-table');
  table.querySelector('caption').textContent = t('ind.rankingOf', { period: period ?? '—' });
  table.querySelector('thead').replaceChildren(row('th', headings));
  table.querySelector('tbody').replaceChildren(...ranked.map((v, i) => row('td', [String(i + 1),
    names.get(v.countyCode), number(v.value)], headings)));
}

/** 2024 is a year, 2024Q3 a quarter, 2024-07 a month: the periodicity of the indicators a period is reported for. */
function periodicityOf(period) {
  if (period.includes('Q')) {
    return 'QUARTER';
  }
  return period.includes('-') ? 'MONTH' : 'YEAR';
}

// Reported (●), revised since (◐) or missing (○): every unit against every active indicator of the period's kind.
const MARKS = { reported: '●', revised: '◐', missing: '○' };

/** Every unit's values of a period, of every indicator; none without a period. */
function readCompleteness(period) {
  return period ? read('indicators', `/api/v1/values?period=${period}&county=${state.counties
    .map(c => c.code).join(',')}&limit=1000`) : Promise.resolve([]);
}

function drawCompleteness(period, values) {
  const table = document.getElementById('ind-completeness');
  if (!period) {
    table.querySelector('tbody').replaceChildren();
    return;
  }
  const indicators = state.indicators.filter(i => i.periodicity === periodicityOf(period));
  const held = new Map(values.map(v => [`${v.countyCode}/${v.indicatorCode}`,
    v.revision > 1 ? 'revised' : 'reported']));
  table.querySelector('caption').textContent = t('ind.completenessOf', { period });
  const head = document.createElement('tr');
  head.append(...[t('table.unit'), ...indicators.map(i => i.code)].map(text => {
    const th = document.createElement('th');
    th.textContent = text;
    th.scope = 'col';
    return th;
  }));
  head.querySelectorAll('th').forEach((th, i) => { if (i > 0) { th.title = named(indicators[i - 1]); } });
  table.querySelector('thead').replaceChildren(head);
  table.querySelector('tbody').replaceChildren(...state.counties.map(county => {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = named(county);
    tr.append(th);
    indicators.forEach(indicator => {
      const mark = held.get(`${county.code}/${indicator.code}`) ?? 'missing';
      const td = document.createElement('td');
      td.className = `mark mark-${mark}`;
      td.dataset.state = mark;
      td.textContent = MARKS[mark];
      td.title = `${named(county)} · ${named(indicator)}: ${t(`ind.${mark}`)}`;
      tr.append(td);
    });
    return tr;
  }));
}
