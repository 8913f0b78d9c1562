export { writeReports, REPORT_FILES } from './write.js';
export type { ReportInput, ReviewSummary } from './types.js';
export { buildNoteModel, reviewSentence, headingText, flattenSections, inlineText, refsText, refGroups, EXPECTED_PARTNER_TYPES } from './note-model.js';
export type { NoteModel, NoteSection, Block, Inline, EvidenceRow, KeyFigures } from './note-model.js';
export { renderMarkdown, markdownChunks } from './markdown.js';
export { renderHtml, htmlChunks } from './html.js';
export { renderDocx, docxChunks, svgToPng } from './docx.js';
export {
  prioritiesCsv, priorityCuesCsv, themesCsv, gapsCsv, gapRows, errorsCsv,
  PRIORITY_COLUMNS, PRIORITY_CUE_COLUMNS, THEME_COLUMNS, GAP_COLUMNS, ERROR_COLUMNS,
} from './csv.js';
export { scanJson, scanJsonChunks } from './json.js';
export { themesByPartnersChart, heatMapChart, scoreRankingChart, driftChart, barChart, escapeXml } from './charts.js';
export { writeFileAtomic } from '../util/atomic.js';
