import { currentLanguage, setLanguage, t, translatePage } from './i18n.js';
import { followLive } from './live-page.js';
import { refreshZone, showZone } from './zone-page.js';

// The zone page comes with the dashboard; another page's code is fetched the first time it is shown, so that a
// first visit waits for no more files than its first view needs.
const goals = () => import('./goals-page.js');
const indicators = () => import('./indicators-page.js');
const projects = () => import('./projects-page.js');

const PAGES = {
  zone: status => showZone(status),
  goals: status => goals().then(page => page.showGoals(status)),
  indicators: status => indicators().then(page => page.showIndicators(status)),
  projects: status => projects().then(page => page.showProjects(status)),
  live: () => Promise.resolve(),
};

async function show() {
  const name = PAGES[location.hash.slice(1)] ? location.hash.slice(1) : 'zone';
  document.querySelectorAll('main > section').forEach(section => { section.hidden = section.id !== `${name}-page`; });
  document.querySelectorAll('nav a').forEach(link => {
    if (link.hash === `#${name}`) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  });
  const status = document.getElementById(`${name}-status`);
  try {
    await PAGES[name](status);
    // The time from the page's request to its first view with data, as the browser measures it.
    if (performance.getEntriesByName('zone-dashboard:first-view').length === 0) {
      performance.mark('zone-dashboard:first-view');
    }
  } catch (failure) {
    status.textContent = t('failed', { detail: failure.message });
  }
}

// An import publishes thousands of events in seconds: the open page reads the zone again a second after the first
// of them, and at most once a second, rather than once an event.
const REFRESH_AFTER_MS = 1000;
let refreshTimer = null;

function onZoneEvent() {
  if (refreshTimer === null) {
    refreshTimer = setTimeout(() => { refreshTimer = null; refreshOpenPage(); }, REFRESH_AFTER_MS);
  }
}

function refreshOpenPage() {
  const open = location.hash.slice(1) || 'zone';
  const status = document.getElementById(`${open}-status`);
  // What a page shows stays until it is drawn again: a page following an import would otherwise say it is loading
  // every second.
  const quietly = { quietly: true };
  const refreshes = {
    zone: refreshZone,
    goals: refreshed => goals().then(page => page.showGoals(refreshed, quietly)),
    indicators: refreshed => indicators().then(page => page.refreshIndicators(refreshed)),
    projects: refreshed => projects().then(page => page.showProjects(refreshed, quietly)),
  };
  refreshes[open]?.(status).catch(failure => { status.textContent = t('failed', { detail: failure.message }); });
}

document.getElementById('language').addEventListener('click', () => {
  setLanguage(currentLanguage() === 'zh' ? 'en' : 'zh');
  translatePage();
  show();
});
window.addEventListener('hashchange', show);
window.addEventListener('resize', () => document.querySelectorAll('.chart').forEach(chart => {
  window.echarts?.getInstanceByDom(chart)?.resize();
}));
translatePage();
show();
followLive(document.getElementById('live-status'), onZoneEvent);
