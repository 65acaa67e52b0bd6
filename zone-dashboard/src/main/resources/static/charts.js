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
