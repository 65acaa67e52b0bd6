import { read } from './api.js';
import { named, number, t, unit } from './i18n.js';
import { COLUMNS, ROWS, TILES } from './tiles.js';

const state = { counties: [], indicators: [], elements: [], values: [], chart: null };
const DEFAULT_INDICATOR = 'GDP';

export async function showZone(status) {
  status.textContent = t('loading');
  // The values of the indicator the page will most likely show are read with the rest, not after it: one round trip
  // fewer before the first view.
  const likely = document.getElementById('zone-indicator').value || DEFAULT_INDICATOR;
  const likelyValues = readValues(likely);
  likelyValues.catch(() => {}); // read again below if it is needed after all
  const [counties, indicators, elements] = await Promise.all([
    read('registry', '/api/v1/counties?status=ACTIVE&limit=1000'),
    read('indicators', '/api/v1/indicators?status=ACTIVE&limit=1000'),
    read('registry', '/api/v1/spatial-elements?limit=1000'),
  ]);
  Object.assign(state, { counties, indicators, elements });
  fillIndicators();
  fillElements();
  await loadValues(status, { indicator: likely, values: likelyValues });
}

/** Called when an event says the zone changed: the figures shown are read again. */
export async function refreshZone(status) {
  if (state.indicators.length > 0) {
    await loadValues(status);
  }
}

function fillIndicators() {
  const select = document.getElementById('zone-indicator');
  const chosen = select.value
    || (state.indicators.find(i => i.code === DEFAULT_INDICATOR) ?? state.indicators[0])?.code;
  select.replaceChildren(...state.indicators.map(i => new Option(`${named(i)} (${unit(i.unit)})`, i.code)));
  select.value = chosen ?? '';
  select.onchange = () => { document.getElementById('zone-period').value = ''; loadValues(); };
}

function fillElements() {
  const select = document.getElementById('zone-element');
  const chosen = select.value;
  select.replaceChildren(new Option(t('zone.allUnits'), ''),
      ...state.elements.map(e => new Option(named(e), e.id)));
  select.value = chosen;
  select.onchange = () => draw();
}

function readValues(indicator) {
  return read('indicators', `/api/v1/values?indicator=${encodeURIComponent(indicator)}&limit=1000`);
}

async function loadValues(status = document.getElementById('zone-status'), prefetched = null) {
  const indicator = document.getElementById('zone-indicator').value;
  if (!indicator) {
    status.textContent = t('empty');
    return;
  }
  status.textContent = t('loading');
  state.values = await (prefetched?.indicator === indicator ? prefetched.values : readValues(indicator));
  const periods = [...new Set(state.values.map(v => v.period))].sort().reverse();
  const select = document.getElementById('zone-period');
  const chosen = periods.includes(select.value) ? select.value : periods[0];
  select.replaceChildren(...periods.map(p => new Option(p, p)));
  select.value = chosen ?? '';
  select.onchange = () => draw();
  status.textContent = periods.length === 0 ? t('empty') : '';
  await draw();
}

async function draw() {
  const indicator = state.indicators.find(i => i.code === document.getElementById('zone-indicator').value);
  const period = document.getElementById('zone-period').value;
  const element = state.elements.find(e => e.id === document.getElementById('zone-element').value);
  const values = new Map(state.values.filter(v => v.period === period).map(v => [v.countyCode, Number(v.value)]));
  const rows = state.counties.filter(c => TILES[c.code]).map(c => ({
    county: c, value: values.get(c.code), highlighted: !element || element.members.includes(c.code),
  }));
  drawMap(rows, indicator);
  drawTable(rows, indicator, period);
  await drawFigures(indicator, period);
}

function drawMap(rows, indicator) {
  const container = document.getElementById('zone-map');
  if (!window.echarts) {
    return;
  }
  state.chart = state.chart ?? echarts.init(container, null, { renderer: 'canvas' });
  const known = rows.filter(r => r.value !== undefined).map(r => r.value);
  const tileWidth = container.clientWidth / COLUMNS;
  const narrow = container.clientWidth < 560;
  state.chart.setOption({
    animation: false,
    grid: { left: 4, right: 4, top: 4, bottom: 48 },
    xAxis: { type: 'category', data: [...Array(COLUMNS).keys()], show: false },
    yAxis: { type: 'category', data: [...Array(ROWS).keys()], inverse: true, show: false },
    // Viridis: ordered by lightness, legible to people with any common colour-vision deficiency.
    visualMap: {
      min: known.length ? Math.min(...known) : 0, max: known.length ? Math.max(...known) : 1,
      calculable: false, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 160,
      inRange: { color: ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'] },
      formatter: value => number(value), textStyle: { color: '#1a1a1a' },
    },
    tooltip: { formatter: p => `${p.data.name}<br>${p.data.shown}` },
    series: [{
      type: 'heatmap',
      data: rows.map(r => ({
        value: [...TILES[r.county.code], r.value ?? '-'], name: named(r.county),
        shown: r.value === undefined ? t('zone.noValue') : `${number(r.value)} ${unit(indicator.unit)}`,
        itemStyle: { borderColor: r.highlighted ? '#1a1a1a' : '#ffffff', borderWidth: r.highlighted ? 2 : 4,
          opacity: r.highlighted ? 1 : 0.35 },
      })),
      // On a phone a tile is too small for its value: it shows the unit's name, the table and the tooltip the value.
      label: { show: true, formatter: p => (narrow ? p.data.name : `${p.data.name}\n${p.data.shown}`),
        fontSize: narrow ? 9 : 11, color: '#1a1a1a', backgroundColor: 'rgba(255,255,255,0.85)', padding: [1, 2],
        width: tileWidth - 6, overflow: 'truncate' },
    }],
  }, true);
  state.chart.resize();
}

function drawTable(rows, indicator, period) {
  const table = document.getElementById('zone-table');
  table.querySelector('caption').textContent = t('zone.caption', { indicator: named(indicator), period });
  const headings = [t('table.unit'), t('table.code'), `${t('table.value')} (${unit(indicator.unit)})`];
  table.querySelector('thead').replaceChildren(row('th', headings));
  table.querySelector('tbody').replaceChildren(...rows.map(r => row('td', [named(r.county), r.county.code,
    r.value === undefined ? t('zone.noValue') : number(r.value)], headings)));
}

async function drawFigures(indicator, period) {
  const figures = document.getElementById('zone-figures');
  if (!period) {
    figures.replaceChildren();
    return;
  }
  const scopes = [['zone', t('zone.zone')], ['province:430000', t('zone.hunan')], ['province:360000', t('zone.jiangxi')],
    ...state.elements.filter(e => e.kind === 'CITY_CLUSTER').map(e => [`cluster:${e.id}`, named(e)])];
  const results = await Promise.all(scopes.map(([scope]) => read('indicators',
      `/api/v1/aggregates?indicator=${encodeURIComponent(indicator.code)}&period=${period}&scope=${encodeURIComponent(scope)}`)
      .catch(() => null)));
  const list = document.createElement('dl');
  scopes.forEach(([, label], i) => {
    const result = results[i];
    const term = document.createElement('dt');
    term.textContent = label;
    const value = document.createElement('dd');
    value.textContent = result && result.value !== null ? `${number(result.value)} ${unit(indicator.unit)}` : '—';
    const coverage = document.createElement('dd');
    coverage.className = 'coverage';
    coverage.textContent = result ? t('zone.covered', { covered: result.coveredCount, total: result.unitsInScope }) : '';
    list.append(term, value, coverage);
  });
  const heading = document.createElement('h3');
  heading.textContent = t('zone.figures');
  figures.replaceChildren(heading, list);
}

/** A table row; with labels, each cell carries its column's heading, which a phone shows beside it. */
function row(cell, texts, labels = []) {
  const tr = document.createElement('tr');
  texts.forEach((text, i) => {
    const element = document.createElement(cell);
    element.textContent = text;
    if (labels[i]) {
      element.dataset.label = labels[i];
    }
    tr.append(element);
  });
  return tr;
}

export { row };
