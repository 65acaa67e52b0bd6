// The pages' words in Chinese (the default) and English; numbers in the language's own way (万/亿 in Chinese).
const WORDS = {
  zh: {
    title: '湘赣边区域合作示范区 · 数据看板', skip: '跳到正文', pages: '页面',
    'nav.zone': '示范区', 'nav.goals': '目标', 'nav.live': '实时',
    'zone.title': '各县市区一览', 'zone.indicator': '指标', 'zone.period': '时期', 'zone.element': '空间布局',
    'zone.schematic': '示意图：每个方块是一个县级单位，位置大致对应其地理方位，并非地图。',
    'zone.allUnits': '全部 24 个县级单位', 'zone.noValue': '未报送', 'zone.figures': '汇总',
    'zone.caption': '{indicator}，{period}：各县级单位数值', 'zone.zone': '示范区', 'zone.hunan': '湖南部分',
    'zone.jiangxi': '江西部分', 'zone.covered': '{covered}/{total} 个单位已报送',
    'table.show': '数据表', 'table.unit': '县级单位', 'table.code': '代码', 'table.value': '数值',
    'table.province': '省份', 'goals.title': '规划目标进展',
    'goals.method': '进展状态按加拿大统计局的方法（Open SDG 采用）计算：观察到的年均复合增长率与达到目标所需增长率之比；未设定目标数值的目标不评估。',
    'goals.year': '年份', 'goals.goal': '目标', 'goals.indicator': '指标', 'goals.latest': '最新值',
    'goals.target': '目标值', 'goals.status': '进展状态', 'goals.none': '未设定',
    'status.TARGET_ACHIEVED': '已实现目标', 'status.ON_TRACK': '进展顺利', 'status.ACCELERATION_NEEDED': '需加快进度',
    'status.LIMITED_PROGRESS': '进展有限', 'status.MOVING_AWAY': '偏离目标', 'status.NO_TARGET_NUMBER': '未设定目标数值',
    'status.NOT_ASSESSED': '无法评估',
    'live.title': '实时事件', 'live.connected': '已连接，新事件将即时显示', 'live.reconnecting': '连接中断，正在重新连接…',
    'live.none': '尚无事件。报送一个数值或修改一个单位后，它会出现在这里。',
    loading: '正在加载…', failed: '无法读取数据（{detail}）。请稍后刷新页面；如问题持续，请联系示范区数据平台运维。',
    empty: '暂无数据。各单位报送后将在此显示。', language: 'English',
  },
  en: {
    title: 'Hunan–Jiangxi Border Area Cooperation Zone · Dashboard', skip: 'Skip to content', pages: 'Pages',
    'nav.zone': 'Zone', 'nav.goals': 'Goals', 'nav.live': 'Live',
    'zone.title': 'The units at a glance', 'zone.indicator': 'Indicator', 'zone.period': 'Period',
    'zone.element': 'Spatial layout',
    'zone.schematic': 'Schematic: each tile is one county-level unit, placed in its rough geographic position; not a map.',
    'zone.allUnits': 'All 24 units', 'zone.noValue': 'not reported', 'zone.figures': 'Totals',
    'zone.caption': '{indicator}, {period}: value of each unit', 'zone.zone': 'Zone', 'zone.hunan': 'Hunan part',
    'zone.jiangxi': 'Jiangxi part', 'zone.covered': '{covered} of {total} units reported',
    'table.show': 'Data table', 'table.unit': 'Unit', 'table.code': 'Code', 'table.value': 'Value',
    'table.province': 'Province', 'goals.title': 'Progress on the plan\'s goals',
    'goals.method': 'Status by Statistics Canada\'s method, as Open SDG uses it: observed compound annual growth over the growth the target needs; goals without a target number are not assessed.',
    'goals.year': 'Year', 'goals.goal': 'Goal', 'goals.indicator': 'Indicator', 'goals.latest': 'Latest',
    'goals.target': 'Target', 'goals.status': 'Status', 'goals.none': 'none adopted',
    'status.TARGET_ACHIEVED': 'Target achieved', 'status.ON_TRACK': 'On track',
    'status.ACCELERATION_NEEDED': 'Acceleration needed', 'status.LIMITED_PROGRESS': 'Limited progress',
    'status.MOVING_AWAY': 'Moving away', 'status.NO_TARGET_NUMBER': 'No target number adopted',
    'status.NOT_ASSESSED': 'Not assessed',
    'live.title': 'Live events', 'live.connected': 'Connected: new events show as they come',
    'live.reconnecting': 'Connection lost, reconnecting…',
    'live.none': 'No event yet. Report a value or change a unit and it shows here.',
    loading: 'Loading…', failed: 'The data could not be read ({detail}). Reload the page in a moment; if it persists, tell the zone\'s platform operations.',
    empty: 'No data yet. It shows here once units report.', language: '中文',
  },
};

let language = localStorage.getItem('zone-dashboard-language') === 'en' ? 'en' : 'zh';

export function currentLanguage() {
  return language;
}

export function setLanguage(next) {
  language = next;
  localStorage.setItem('zone-dashboard-language', next);
}

export function t(key, values = {}) {
  const text = WORDS[language][key] ?? WORDS.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}

/** A number as people read it in the language: 12.3万 in Chinese, 123.5K in English, never more than 2 decimals. */
export function number(value) {
  if (value === null || value === undefined) {
    return '—';
  }
  const n = Number(value);
  const locale = language === 'zh' ? 'zh-CN' : 'en-GB';
  if (Math.abs(n) >= 10000) {
    return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 }).format(n);
  }
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
}

// The catalogue's units in Chinese; in English they stay as the catalogue writes them.
const UNITS_ZH = { '%': '%', CNY: '元', 'CNY per person': '元/人', bases: '个基地', beds: '张床位', enterprises: '家企业',
  institutions: '所机构', km: '公里', km2: '平方公里', 'per 1,000 residents': '每千人', persons: '人', sections: '段',
  sites: '处', villages: '个村', visits: '人次' };

export function unit(catalogueUnit) {
  return language === 'zh' ? (UNITS_ZH[catalogueUnit] ?? catalogueUnit) : catalogueUnit;
}

/** A name in the language, from a record with nameZh and nameEn. */
export function named(item) {
  return language === 'zh' ? (item.nameZh ?? item.nameEn) : (item.nameEn ?? item.nameZh);
}

export function translatePage() {
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  document.title = t('title');
  document.querySelectorAll('[data-i18n]').forEach(element => { element.textContent = t(element.dataset.i18n); });
  document.querySelectorAll('[data-i18n-label]').forEach(element => {
    element.setAttribute('aria-label', t(element.dataset.i18nLabel));
  });
  const button = document.getElementById('language');
  button.textContent = t('language');
  button.lang = language === 'zh' ? 'en' : 'zh-CN';
}
