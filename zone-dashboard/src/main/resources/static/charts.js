// ECharts (its common build: lines, bars, scatter; 650 KB) is fetched from the start (the page's head preloads it) but run only once the pages' modules have
// asked for their data: the browser parses it while the reads are under way, not before they begin. A page draws
// after this; where ECharts cannot be had, it shows its tables alone.
export const chartsReady = new Promise(resolve => {
  const script = document.createElement('script');
  script.src = '/webjars/echarts/dist/echarts.common.min.js';
  script.addEventListener('load', resolve);
  script.addEventListener('error', resolve);
  document.head.append(script);
});

// One way to draw with ECharts on these pages: no animation (a page that follows events redraws often), the
// page's font, and a chart that follows its container's size.
export function chartIn(container) {
  if (!window.echarts) {
    return null;
  }
  return echarts.getInstanceByDom(container) ?? echarts.init(container, null, { renderer: 'canvas' });
}

export const BASE = { animation: false, textStyle: { fontFamily: 'inherit', color: '#1a1a1a' } };

// Okabe–Ito: distinguishable with any common colour-vision deficiency; lines also differ by their symbols.
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];
export const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow'];
