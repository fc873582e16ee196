/** Charts: Vega-Lite v6 specs as typed plain data, and rendering to SVG/PNG. */
export { CHART_FONT, chartConfig, chartTitle, VEGA_LITE_SCHEMA } from './config.js';
export {
  DOCUMENT_STACK_ORDER,
  type DocumentStatusRow,
  documentStatusChart,
} from './document-status.js';
export { type GapBulletOptions, gapBulletChart } from './gap-bullet.js';
export { KIND_LABELS, STATUS_COLORS, statusColorScale, statusLabel } from './labels.js';
export { type MuJunShare, muJunChart, muJunShares } from './mujun.js';
export {
  compileSpec,
  NOTO_CJK_DIR,
  type RenderPngOptions,
  renderPng,
  renderSvg,
  resvgOptions,
  svgToPng,
} from './render.js';
export { sourceFor, sourceLine, sourceLines } from './source.js';
export {
  STATUS_SEVERITY,
  type StatusCell,
  type StatusMatrixOptions,
  statusCells,
  statusMatrix,
} from './status-matrix.js';
export { targetLabel, uniqueLabels } from './target-label.js';
export { type TargetsOverviewOptions, targetsOverview } from './targets-overview.js';
export { tierCountsChart, tierLadderChart, tierOf } from './tier-ladder.js';
export { requiredPath, trajectoryChart, type YearValue } from './trajectory.js';
export {
  type ChartLang,
  type ChartOptions,
  type MuJunRow,
  TIER_THRESHOLDS,
  type TierLadderRow,
} from './types.js';
export { axisTitle, type DisplayUnit, displayUnit, formatDisplayValue, toDisplay } from './units.js';
