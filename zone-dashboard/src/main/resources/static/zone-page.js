import { read, readAggregates } from './api.js';
import { chartIn, chartsReady } from './charts.js';
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
  const reads = Promise.all([
    read('registry', '/api/v1/counties?status=ACTIVE&limit=1000'),
    read('indicators', '/api/v1/indicators?status=ACTIVE&limit=1000'),
    read('registry', '/api/v1/spatial-elements?limit=1000'),
  ]);
  chartsReady();
  const [counties, indicators, elements] = await reads;
  Object.assign(state, { counties, indicators, elements });
  fillIndicators();
  fillElements();
  await loadValues(status, { prefetched: { indicator: likely, values: likelyValues } });
}

/**
 * Called when an event says the zone changed: the figures shown are read again, and stay shown until the new ones
 * are drawn (a page following an import would otherwise say it is loading every second).
 */
export async function refreshZone(status) {
  if (state.indicators.length > 0) {
    await loadValues(status, { quietly: true });
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

async function loadValues(status = document.getElementById('zone-status'),
    { prefetched = null, quietly = false } = {}) {
  const indicator = document.getElementById('zone-indicator').value;
  if (!indicator) {
    status.textContent = t('empty');
    return;
  }
  if (!quietly) {
    status.textContent = t('loading');
  }
  state.values = await (prefetched?.indicator === indicator ? prefetched.values : readValues(indicator));
  const periods = [...new Set(state.values.map(v => v.period))].sort().reverse();
  const select = document.getElementById('zone-period');
  const chosen = periods.includes(select.value) ? select.value : periods[0];
  select.replaceChildren(...periods.map(p => new Option(p, p)));
  select.value = chosen ?? '';
  select.onchange = () => draw();
  const figures = readFigures(state.indicators.find(i => i.code === indicator), select.value);
  await chartsReady();
  await draw(figures);
  status.textContent = periods.length === 0 ? t('empty') : '';
}

async function draw(figures = null) {
  const indicator = state.indicators.find(i => i.code === document.getElementById('zone-indicator').value);
  const period = document.getElementById('zone-period').value;
  const element = state.elements.find(e => e.id === document.getElementById('zone-element').value);
  const figuresRead = figures ?? readFigures(indicator, period);
  const values = new Map(state.values.filter(v => v.period === period).map(v => [v.countyCode, Number(v.value)]));
  const rows = state.counties.filter(c => TILES[c.code]).map(c => ({
    county: c, value: values.get(c.code), highlighted: !element || element.members.includes(c.code),
  }));
  drawMap(rows, indicator);
  drawTable(rows, indicator, period);
  showFigures(await figuresRead, indicator);
}

function drawMap(rows, indicator) {
  const container = document.getElementById('zone-map');
  state.chart = chartIn(container);
  if (!state.chart) {
    return;
  }
  const known = rows.filter(r => r.value !== undefined).map(r => r.value);
  const [min, max] = known.length ? [Math.min(...known), Math.max(...known)] : [0, 1];
  const tileWidth = (container.clientWidth - 2 * MAP_MARGIN) / COLUMNS;
  const tileHeight = (container.clientHeight - 2 * MAP_MARGIN) / ROWS;
  const narrow = container.clientWidth < 560;
  state.chart.setOption({
    animation: false,
    grid: { left: MAP_MARGIN, right: MAP_MARGIN, top: MAP_MARGIN, bottom: MAP_MARGIN },
    xAxis: { type: 'category', data: [...Array(COLUMNS).keys()], show: false },
    yAxis: { type: 'category', data: [...Array(ROWS).keys()], inverse: true, show: false },
    tooltip: { formatter: p => `${p.data.name}<br>${p.data.shown}` },
    series: [{
      type: 'scatter',
      symbol: 'rect',
      symbolSize: [tileWidth - 4, tileHeight - 4],
      data: rows.map(r => ({
        value: TILES[r.county.code], name: named(r.county),
        shown: r.value === undefined ? t('zone.noValue') : `${number(r.value)} ${unit(indicator.unit)}`,
        itemStyle: { color: r.value === undefined ? NO_VALUE : colourOf(r.value, min, max),
          borderColor: r.highlighted ? '#1a1a1a' : '#ffffff', borderWidth: r.highlighted ? 2 : 4,
          opacity: r.highlighted ? 1 : 0.35 },
      })),
      // On a phone a tile is too small for its value: it shows the unit's name, the table and the tooltip the value.
      label: { show: true, position: 'inside', formatter: p => (narrow ? p.data.name : `${p.data.name}\n${p.data.shown}`),
        fontSize: narrow ? 9 : 11, color: '#1a1a1a', backgroundColor: 'rgba(255,255,255,0.85)', padding: [1, 2],
        width: tileWidth - 6, overflow: 'truncate' },
    }],
  }, true);
  state.chart.resize();
  showScale(known.length ? [min, max] : null);
}

// Viridis: ordered by lightness, legible to people with any common colour-vision deficiency. The tiles are coloured
// here rather than by ECharts' visualMap, which only its full build (1 MB rather than 650 KB to parse) has.
const VIRIDIS = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'];
const NO_VALUE = '#e0e0e0';
const MAP_MARGIN = 4;

function colourOf(value, min, max) {
  const position = max > min ? (value - min) / (max - min) : 0.5;
  const scaled = Math.min(Math.max(position, 0), 1) * (VIRIDIS.length - 1);
  const i = Math.min(Math.floor(scaled), VIRIDIS.length - 2);
  const [from, to] = [VIRIDIS[i], VIRIDIS[i + 1]].map(hex => [1, 3, 5].map(k => parseInt(hex.slice(k, k + 2), 16)));
  return `rgb(${from.map((c, k) => Math.round(c + (to[k] - c) * (scaled - i))).join(', ')})`;
}

/** The colour scale under the map, from the lowest value to the highest; none without values. */
function showScale(range) {
  const scale = document.getElementById('zone-scale');
  scale.hidden = range === null;
  if (range !== null) {
    scale.querySelector('.low').textContent = number(range[0]);
    scale.querySelector('.high').textContent = number(range[1]);
  }
}

function drawTable(rows, indicator, period) {
  const table = document.getElementById('zone-table');
  table.querySelector('caption').textContent = t('zone.caption', { indicator: named(indicator), period });
  const headings = [t('table.unit'), t('table.code'), `${t('table.value')} (${unit(indicator.unit)})`];
  table.querySelector('thead').replaceChildren(row('th', headings));
  table.querySelector('tbody').replaceChildren(...rows.map(r => row('td', [named(r.county), r.county.code,
    r.value === undefined ? t('zone.noValue') : number(r.value)], headings)));
}

/** The zone's, each province's and each cluster's figure: [label, aggregate or null] for each, none without a period. */
async function readFigures(indicator, period) {
  if (!indicator || !period) {
    return [];
  }
  const scopes = [['zone', t('zone.zone')], ['province:430000', t('zone.hunan')], ['province:360000', t('zone.jiangxi')],
    ...state.elements.filter(e => e.kind === 'CITY_CLUSTER').map(e => [`cluster:${e.id}`, named(e)])];
  const results = await readAggregates(indicator.code, period, scopes.map(([scope]) => scope)).catch(() => []);
  return scopes.map(([, label], i) => [label, results[i] ?? null]);
}

function showFigures(figured, indicator) {
  const figures = document.getElementById('zone-figures');
  if (figured.length === 0) {
    figures.replaceChildren();
    return;
  }
  const list = document.createElement('dl');
  figured.forEach(([label, result]) => {
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
