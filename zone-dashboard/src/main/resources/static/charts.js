// ECharts (its common build: lines, bars, scatter; 650 KB) is fetched from the start (the page's head preloads it) but
// run only when a page first asks for it, after sending its reads: running it holds the browser's one thread for a
// fifth of a second on a first visit, time in which the reads are answered. Where ECharts cannot be had, a page shows
// its tables alone.
let charts = null;

export function chartsReady() {
  charts ??= new Promise(resolve => {
    const script = document.createElement('script');
    script.src = '/webjars/echarts/dist/echarts.common.min.js';
    script.addEventListener('load', resolve);
    script.addEventListener('error', resolve);
    document.head.append(script);
  });
  return charts;
}

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
