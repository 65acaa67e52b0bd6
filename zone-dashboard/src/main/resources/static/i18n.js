// The pages' words in Chinese (the default) and English; numbers in the language's own way (万/亿 in Chinese).
const WORDS = {
  zh: {
    title: '湘赣边区域合作示范区 · 数据看板', skip: '跳到正文', pages: '页面',
    'nav.zone': '示范区', 'nav.goals': '目标', 'nav.live': '实时',
    'nav.indicators': '指标', 'nav.projects': '合作项目',
    'ind.title': '指标分析', 'ind.unit': '县级单位', 'ind.series': '时间序列：本单位与所在省份部分、示范区',
    'ind.perUnit': '{scope}（平均每单位）', 'ind.ranking': '各单位排名', 'ind.rank': '名次',
    'ind.rankingOf': '{period} 年排名（较优者在前）', 'ind.completeness': '报送完整性',
    'ind.completenessOf': '{period}：各单位各指标报送情况（● 已报送，◐ 已修订，○ 未报送）',
    'ind.reported': '已报送', 'ind.revised': '已修订', 'ind.missing': '未报送',
    'proj.title': '跨省合作项目', 'proj.pipeline': '项目进程', 'proj.portfolio': '项目组合',
    'proj.breakdown': '分类', 'proj.count': '项目数', 'proj.investment': '计划投资', 'proj.total': '合计',
    'proj.choose': '选择一个项目…', 'proj.project': '项目', 'proj.none': '尚无合作项目。',
    'proj.approvals': '两省审批', 'proj.decision': '决定', 'proj.when': '日期', 'proj.milestones': '里程碑',
    'proj.milestone': '里程碑', 'proj.due': '计划完成', 'proj.done': '实际完成', 'proj.outcomes': '预期成效',
    'proj.baseline': '基期值', 'proj.progress': '完成进度', 'proj.flags': '待复核（单位已撤销）',
    'proj.successor': '承继单位', 'proj.retiredOn': '撤销日期', 'proj.nothing': '暂无。',
    'proj.status.PROPOSED': '已提出', 'proj.status.APPROVED': '已批准', 'proj.status.IN_PROGRESS': '实施中',
    'proj.status.COMPLETED': '已完成', 'proj.status.SUSPENDED': '已暂停', 'proj.status.REJECTED': '未获批准',
    'proj.status.CANCELLED': '已取消', 'proj.decision.APPROVE': '批准', 'proj.decision.REJECT': '不批准',
    'area.RED_CULTURE': '红色文化', 'area.INDUSTRIAL_COOPERATION': '产业协作',
    'area.URBAN_RURAL_INTEGRATION': '城乡融合', 'area.ECOLOGICAL_PROTECTION': '生态保护',
    'area.INFRASTRUCTURE_CONNECTIVITY': '基础设施互联互通', 'area.PUBLIC_SERVICES': '公共服务',
    'area.COMPREHENSIVE_STRENGTH': '综合实力',
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
    'goals.comparison': '城镇化率比较',
    'goals.comparisonFigures': '城镇化率比较：示范区 {from}%（{base}年）→ {to}%（{year}年），提高 {growth} 个百分点；两省平均提高 {provinces} 个百分点。{verdict}',
    'goals.verdict.MET': '高于两省平均：已达到', 'goals.verdict.NOT_MET': '未高于两省平均：尚未达到',
    'goals.verdict.CANNOT_TELL': '数据不足，无法判断',
    'status.TARGET_ACHIEVED': '已实现目标', 'status.ON_TRACK': '进展顺利', 'status.ACCELERATION_NEEDED': '需加快进度',
    'status.LIMITED_PROGRESS': '进展有限', 'status.MOVING_AWAY': '偏离目标', 'status.NO_TARGET_NUMBER': '未设定目标数值',
    'status.NOT_ASSESSED': '无法评估',
    'live.title': '实时事件', 'live.connected': '已连接，新事件将即时显示', 'live.reconnecting': '连接中断，正在重新连接…',
    'live.paused': '实时更新暂不可用，页面仍显示最新读取的数据，一分钟后自动重试。',
    'live.none': '尚无事件。报送一个数值或修改一个单位后，它会出现在这里。',
    loading: '正在加载…', failed: '无法读取数据（{detail}）。请稍后刷新页面；如问题持续，请联系示范区数据平台运维。',
    empty: '暂无数据。各单位报送后将在此显示。', language: 'English',
  },
  en: {
    title: 'Hunan–Jiangxi Border Area Cooperation Zone · Dashboard', skip: 'Skip to content', pages: 'Pages',
    'nav.zone': 'Zone', 'nav.goals': 'Goals', 'nav.live': 'Live',
    'nav.indicators': 'Indicators', 'nav.projects': 'Projects',
    'ind.title': 'Indicators', 'ind.unit': 'Unit', 'ind.series': 'Over time: the unit, its province\'s part and the zone',
    'ind.perUnit': '{scope} (per unit)', 'ind.ranking': 'The units ranked', 'ind.rank': 'Rank',
    'ind.rankingOf': '{period}, ranked (the better end first)', 'ind.completeness': 'Completeness',
    'ind.completenessOf': '{period}: each unit and indicator (● reported, ◐ revised, ○ missing)',
    'ind.reported': 'reported', 'ind.revised': 'revised', 'ind.missing': 'missing',
    'proj.title': 'Inter-provincial projects', 'proj.pipeline': 'Pipeline', 'proj.portfolio': 'Portfolio',
    'proj.breakdown': 'Breakdown', 'proj.count': 'Projects', 'proj.investment': 'Planned investment',
    'proj.total': 'All', 'proj.choose': 'Choose a project…', 'proj.project': 'Project',
    'proj.none': 'No cooperation project yet.', 'proj.approvals': 'The provinces\' decisions',
    'proj.decision': 'Decision', 'proj.when': 'Date', 'proj.milestones': 'Milestones', 'proj.milestone': 'Milestone',
    'proj.due': 'Due', 'proj.done': 'Done', 'proj.outcomes': 'Expected outcomes', 'proj.baseline': 'Baseline',
    'proj.progress': 'Progress', 'proj.flags': 'To review (a unit was retired)', 'proj.successor': 'Successor',
    'proj.retiredOn': 'Retired on', 'proj.nothing': 'None yet.',
    'proj.status.PROPOSED': 'Proposed', 'proj.status.APPROVED': 'Approved', 'proj.status.IN_PROGRESS': 'In progress',
    'proj.status.COMPLETED': 'Completed', 'proj.status.SUSPENDED': 'Suspended', 'proj.status.REJECTED': 'Rejected',
    'proj.status.CANCELLED': 'Cancelled', 'proj.decision.APPROVE': 'Approved', 'proj.decision.REJECT': 'Rejected',
    'area.RED_CULTURE': 'Red culture', 'area.INDUSTRIAL_COOPERATION': 'Industrial cooperation',
    'area.URBAN_RURAL_INTEGRATION': 'Urban-rural integration', 'area.ECOLOGICAL_PROTECTION': 'Ecological protection',
    'area.INFRASTRUCTURE_CONNECTIVITY': 'Infrastructure connectivity', 'area.PUBLIC_SERVICES': 'Public services',
    'area.COMPREHENSIVE_STRENGTH': 'Comprehensive strength',
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
    'goals.comparison': 'Urbanization compared',
    'goals.comparisonFigures': 'Urbanization compared: the zone {from}% ({base}) → {to}% ({year}), up {growth} percentage points; the two provinces up {provinces} on average. {verdict}',
    'goals.verdict.MET': 'Above the provinces\' mean: met', 'goals.verdict.NOT_MET': 'Not above the provinces\' mean: not yet met',
    'goals.verdict.CANNOT_TELL': 'Not enough figures to tell',
    'status.TARGET_ACHIEVED': 'Target achieved', 'status.ON_TRACK': 'On track',
    'status.ACCELERATION_NEEDED': 'Acceleration needed', 'status.LIMITED_PROGRESS': 'Limited progress',
    'status.MOVING_AWAY': 'Moving away', 'status.NO_TARGET_NUMBER': 'No target number adopted',
    'status.NOT_ASSESSED': 'Not assessed',
    'live.title': 'Live events', 'live.connected': 'Connected: new events show as they come',
    'live.reconnecting': 'Connection lost, reconnecting…',
    'live.paused': 'Live updates are unavailable for now; the page still shows what it last read and tries again in a minute.',
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
  return formatter(Math.abs(n) >= 10000 ? 'compact' : 'standard').format(n);
}

// A formatter takes a browser a millisecond to make: one for each language and notation, not one a number.
const FORMATTERS = new Map();

function formatter(notation) {
  const locale = language === 'zh' ? 'zh-CN' : 'en-GB';
  const key = `${locale} ${notation}`;
  if (!FORMATTERS.has(key)) {
    FORMATTERS.set(key, new Intl.NumberFormat(locale, { notation, maximumFractionDigits: 2 }));
  }
  return FORMATTERS.get(key);
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
