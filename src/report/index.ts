export { writeReports, verifyReportSet, recoverReports, abandonReports, REPORT_FILES, MANIFEST, type ReportManifest } from './write.js';
export type { ReportInput, ReviewSummary } from './types.js';
export { buildBrief, loadNoteSettings, parseCommentary, COMMENTARY_FILE, failureLevel, partnerTypes, partnerTypeName } from './brief/index.js';
export type { Brief, Cover, EvidenceRow, GapRow, KeyFigures, NoteSettings } from './brief/index.js';
export { buildNote, reviewSentence, headingText, inlineText, refsText, refGroups, weightName } from './note/index.js';
export type { Note, NoteSection, Block, Inline, FigureBlock } from './note/index.js';
export { renderMarkdown, markdownChunks, noteFigures, figureFile } from './markdown.js';
export { renderHtml, htmlChunks } from './html.js';
export { renderDocx, docxChunks, svgToPng } from './docx.js';
export {
  prioritiesCsv, priorityCuesCsv, themesCsv, gapsCsv, gapRows, errorsCsv,
  PRIORITY_COLUMNS, PRIORITY_CUE_COLUMNS, THEME_COLUMNS, GAP_COLUMNS, ERROR_COLUMNS,
} from './csv.js';
export { scanJson, scanJsonChunks } from './json.js';
export { themesByPartnersChart, heatMapChart, driftChart, barChart, escapeXml, wrapLabel } from './charts.js';
export { writeFileAtomic } from '../util/atomic.js';
