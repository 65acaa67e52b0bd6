import { read } from './api.js';
import { currentLanguage, named, number, t } from './i18n.js';
import { row } from './zone-page.js';

// The status in a symbol and in words, never by colour alone.
const SYMBOLS = { TARGET_ACHIEVED: '✔', ON_TRACK: '▲', ACCELERATION_NEEDED: '◆', LIMITED_PROGRESS: '▼',
  MOVING_AWAY: '✖', NO_TARGET_NUMBER: '–', NOT_ASSESSED: '?' };

export async function showGoals(status, { quietly = false } = {}) {
  if (!quietly) {
    status.textContent = t('loading');
  }
  const [targets, indicators] = await Promise.all([read('indicators', '/api/v1/targets?limit=1000'),
    read('indicators', '/api/v1/indicators?limit=1000')]);
  const names = new Map(indicators.map(i => [i.code, named(i)]));
  const headings = [t('goals.year'), t('goals.goal'), t('goals.indicator'), t('goals.latest'), t('goals.target'),
    t('goals.status')];
  const table = document.getElementById('goals-table');
  table.querySelector('thead').replaceChildren(row('th', headings));
  table.querySelector('tbody').replaceChildren(...targets.flatMap(target => (target.comparison
    ? [goal(target, names, headings), comparison(target)] : [goal(target, names, headings)])));
  status.textContent = targets.length === 0 ? t('empty') : '';
}

function goal(target, names, headings) {
  const progress = target.progress ?? {};
  const indicator = names.get(target.indicatorCode) ?? target.indicatorCode ?? '—';
  const tr = row('td', [String(target.year), target.statement, indicator,
    progress.latestValue === undefined || progress.latestValue === null ? '—'
      : `${number(progress.latestValue)} (${progress.latestPeriod})`,
    target.targetValue === undefined ? t('goals.none') : number(target.targetValue), ''], headings);
  tr.dataset.target = target.id;
  tr.cells[1].lang = 'en'; // the plan's goals as the source the zone holds words them
  const state = progress.status ?? 'NOT_ASSESSED';
  const badge = document.createElement('span');
  badge.className = `status status-${state.toLowerCase().replaceAll('_', '-')}`;
  badge.dataset.status = state;
  badge.textContent = `${SYMBOLS[state] ?? ''} ${t(`status.${state}`)}`;
  if (progress.growthRatio !== undefined && progress.growthRatio !== null) {
    badge.title = `${currentLanguage() === 'zh' ? '增长率之比' : 'growth ratio'} ${number(progress.growthRatio * 100)}%`;
  }
  tr.cells[5].append(badge);
  return tr;
}

/**
 * The plan's comparative goal in its numbers: the zone's urbanization rate against the mean growth of its two
 * provinces' rates, in percentage points, as indicators-service compares them.
 */
function comparison(target) {
  const c = target.comparison;
  const tr = document.createElement('tr');
  tr.className = 'comparison';
  tr.dataset.target = `${target.id}:comparison`;
  const td = document.createElement('td');
  td.colSpan = 6;
  td.textContent = c.verdict === 'CANNOT_TELL' || !c.zone
    ? `${t('goals.comparison')}: ${t(`goals.verdict.${c.verdict}`)} (${c.explanation})`
    : t('goals.comparisonFigures', { base: c.baseYear, year: c.year, from: number(c.zone.baseRate),
      to: number(c.zone.rate), growth: number(c.zone.growth), provinces: number(c.provincesMeanGrowth),
      verdict: t(`goals.verdict.${c.verdict}`) });
  tr.append(td);
  return tr;
}
