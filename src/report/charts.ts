/**
 * Pure SVG string builders for the briefing-note figures. No I/O, no DOM: every function takes
 * plain data and returns a self-contained <svg> string (inline styles only, escaped text, <title>
 * and <desc> for screen readers). Colours are readable in greyscale: tiers differ in lightness and
 * carry a pattern (solid / hatched / dotted), and every bar is labelled with its value.
 */
import type { Tier } from '../schema/index.js';

export const FONT = 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif';

/** Escapes text for XML/HTML content and attribute values. */
export function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    // Characters not allowed in XML 1.0.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

export type BarStyle = Tier | 'new' | 'rising' | 'falling' | 'dropped' | 'plain';

interface StyleDef { fill: string; ink: string; pattern?: 'hatch' | 'dots' | 'cross'; label: string }

/** Tier styles: dark solid, mid hatched, light dotted (distinct in greyscale). */
export const STYLES: Record<BarStyle, StyleDef> = {
  universal: { fill: '#08306b', ink: '#ffffff', label: 'Universal' },
  major: { fill: '#4f8fc6', ink: '#08306b', pattern: 'hatch', label: 'Major in parts' },
  local: { fill: '#d4e4f4', ink: '#08306b', pattern: 'dots', label: 'Particular local' },
  new: { fill: '#1b5e20', ink: '#ffffff', label: 'New' },
  rising: { fill: '#66a86a', ink: '#1b5e20', pattern: 'hatch', label: 'Rising' },
  falling: { fill: '#e0b070', ink: '#5d3a00', pattern: 'dots', label: 'Falling' },
  dropped: { fill: '#7a4a00', ink: '#ffffff', pattern: 'cross', label: 'Dropped' },
  plain: { fill: '#4f8fc6', ink: '#08306b', label: '' },
};

function patternDefs(prefix: string, styles: BarStyle[]): string {
  const out: string[] = [];
  for (const s of new Set(styles)) {
    const d = STYLES[s];
    if (!d.pattern) continue;
    const id = `${prefix}-p-${s}`;
    let marks = '';
    if (d.pattern === 'hatch') marks = `<path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="${d.ink}" stroke-width="1.4"/>`;
    else if (d.pattern === 'dots') marks = `<circle cx="2" cy="2" r="1.1" fill="${d.ink}"/><circle cx="6" cy="6" r="1.1" fill="${d.ink}"/>`;
    else marks = `<path d="M0,0 l8,8 M8,0 l-8,8" stroke="${d.ink}" stroke-width="1"/>`;
    out.push(
      `<pattern id="${id}" patternUnits="userSpaceOnUse" width="8" height="8"><rect width="8" height="8" fill="${d.fill}"/>${marks}</pattern>`,
    );
  }
  return out.join('');
}

function fillFor(prefix: string, s: BarStyle): string {
  return STYLES[s].pattern ? `url(#${prefix}-p-${s})` : STYLES[s].fill;
}

/** Splits a label into lines of at most `max` characters at spaces (a longer word keeps its own line). */
export function wrapLabel(s: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of s.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + w.length > max) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

const LINE_H = 14;

/** A label as <text> with one <tspan> per line, its lines centred on `cy`. */
function labelText(lines: string[], x: number, cy: number, anchor = 'end'): string {
  const y0 = cy + 4 - ((lines.length - 1) * LINE_H) / 2;
  return `<text x="${x}" y="${y0.toFixed(1)}" text-anchor="${anchor}" fill="#222">${lines
    .map((l, i) => `<tspan x="${x}" y="${(y0 + i * LINE_H).toFixed(1)}">${escapeXml(l)}</tspan>`)
    .join('')}</text>`;
}

function fmt(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);
}

/** Round axis maximum and step (1, 2, 5 × 10^k), about `target` ticks. */
export function niceScale(max: number, target = 5, integer = false): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: integer ? 1 : 0.2 };
  const raw = max / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  if (integer) step = Math.max(1, Math.round(step));
  return { max: Math.ceil(max / step - 1e-9) * step, step };
}

function svgOpen(id: string, w: number, h: number, title: string, desc: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" id="${escapeXml(id)}" role="img" aria-labelledby="${escapeXml(id)}-t ${escapeXml(id)}-d" ` +
    `width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${FONT}" font-size="12">` +
    `<title id="${escapeXml(id)}-t">${escapeXml(title)}</title><desc id="${escapeXml(id)}-d">${escapeXml(desc)}</desc>` +
    `<rect width="${w}" height="${h}" fill="#ffffff"/>`
  );
}

function legend(prefix: string, styles: BarStyle[], x: number, y: number): string {
  let out = '';
  let cx = x;
  for (const s of styles) {
    const label = STYLES[s].label;
    out += `<rect x="${cx}" y="${y - 10}" width="14" height="14" fill="${fillFor(prefix, s)}" stroke="#222" stroke-width="0.6"/>`;
    out += `<text x="${cx + 19}" y="${y + 1}" fill="#222">${escapeXml(label)}</text>`;
    cx += 28 + label.length * 7;
  }
  return out;
}

export interface Bar { label: string; value: number; style: BarStyle; /** Extra text to the right of the value. */ note?: string }

export interface BarChartOptions {
  id: string;
  title: string;
  desc: string;
  xLabel: string;
  yLabel: string;
  integer?: boolean;
  legend?: BarStyle[];
  width?: number;
  /** Room right of the plot for value labels and notes (px). */
  right?: number;
}

/** Horizontal bar chart: one row per bar (labels wrapped, never cut), value axis along the bottom. */
export function barChart(bars: Bar[], o: BarChartOptions): string {
  const W = o.width ?? 720;
  const left = 250;
  const right = o.right ?? 70;
  const top = o.legend && o.legend.length ? 44 : 16;
  const labels = bars.map((b) => wrapLabel(b.label, 34));
  const minRow = Math.max(24, Math.ceil((o.yLabel.length * 7.5 + 20) / Math.max(1, bars.length)));
  const rowHs = labels.map((l) => Math.min(Math.max(minRow, l.length * LINE_H + 10), Math.max(44, l.length * LINE_H + 10)));
  const plotH = Math.max(24, rowHs.reduce((a, h) => a + h, 0));
  const H = top + plotH + 56;
  const plotW = W - left - right;
  const { max, step } = niceScale(Math.max(0, ...bars.map((b) => b.value)), 5, o.integer);
  const x = (v: number) => left + (Math.max(0, v) / max) * plotW;
  let s = svgOpen(o.id, W, H, o.title, o.desc);
  s += `<defs>${patternDefs(o.id, [...bars.map((b) => b.style), ...(o.legend ?? [])])}</defs>`;
  if (o.legend && o.legend.length) s += legend(o.id, o.legend, left, 22);
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  for (let i = 0; i * step <= max + 1e-9; i++) {
    const v = i * step;
    const gx = x(v).toFixed(1);
    s += `<line x1="${gx}" y1="${top}" x2="${gx}" y2="${top + plotH}" stroke="#d0d0d0" stroke-width="1"/>`;
    s += `<text x="${gx}" y="${top + plotH + 16}" text-anchor="middle" fill="#222">${v.toFixed(decimals)}</text>`;
  }
  let y = top;
  bars.forEach((b, i) => {
    const rowH = rowHs[i]!;
    const w = Math.max(0, x(b.value) - left);
    s += `<g><title>${escapeXml(`${b.label}: ${fmt(b.value)}${b.note ? ` (${b.note})` : ''}`)}</title>`;
    s += labelText(labels[i]!, left - 8, y + rowH / 2);
    const barH = Math.min(rowH - 8, 22);
    s += `<rect x="${left}" y="${y + (rowH - barH) / 2}" width="${w.toFixed(1)}" height="${barH}" fill="${fillFor(o.id, b.style)}" stroke="#222" stroke-width="0.6"/>`;
    const valueText = b.note ? `${fmt(b.value)}  ${b.note}` : fmt(b.value);
    s += `<text x="${(left + w + 5).toFixed(1)}" y="${y + rowH / 2 + 4}" fill="#222">${escapeXml(valueText)}</text></g>`;
    y += rowH;
  });
  if (!bars.length) s += `<text x="${left + 8}" y="${top + 16}" fill="#555">No data</text>`;
  s += `<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" stroke="#222"/>`;
  s += `<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="#222"/>`;
  s += `<text x="${left + plotW / 2}" y="${top + plotH + 40}" text-anchor="middle" font-weight="bold" fill="#222">${escapeXml(o.xLabel)}</text>`;
  s += `<text transform="translate(14 ${top + plotH / 2}) rotate(-90)" text-anchor="middle" font-weight="bold" fill="#222">${escapeXml(o.yLabel)}</text>`;
  return `${s}</svg>`;
}

export interface ChartTheme { label: string; tier: Tier; partners: number; score: number }

/** Most bars a theme chart draws; the rest are one "other" bar. */
export const TOP_THEMES = 15;

/**
 * Figure: business themes by number of partners citing them, patterned by tier; the top 15, then one
 * bar for the rest (`other`: its label and the partners citing any of them).
 */
export function themesByPartnersChart(themes: ChartTheme[], other?: { label: string; partners: number }, id = 'fig-partners'): string {
  const sorted = [...themes].sort((a, b) => b.partners - a.partners || b.score - a.score || a.label.localeCompare(b.label));
  const bars: Bar[] = sorted.map((t) => ({ label: t.label, value: t.partners, style: t.tier }));
  if (other) bars.push({ label: other.label, value: other.partners, style: 'plain' });
  return barChart(bars, {
    id,
    title: 'Themes by number of partners citing them',
    desc: `Horizontal bar chart; bar length is the number of partners, pattern shows the tier. ` +
      bars.map((b) => `${b.label}: ${b.value}`).join('; '),
    xLabel: 'Number of partners citing the theme',
    yLabel: 'Theme',
    integer: true,
    legend: ['universal', 'major', 'local'],
  });
}

export interface DriftTheme { label: string; change: 'new' | 'rising' | 'falling' | 'dropped'; partners: number }

/** Figure: the themes that moved since the previous scan year, bar = partners citing them now. */
export function driftChart(themes: DriftTheme[], fromYear: number, toYear: number, id = 'fig-drift'): string {
  const order = { new: 0, rising: 1, falling: 2, dropped: 3 } as const;
  const sorted = [...themes].sort((a, b) => order[a.change] - order[b.change] || b.partners - a.partners || a.label.localeCompare(b.label));
  return barChart(
    sorted.map((t) => ({ label: t.label, value: t.partners, style: t.change, note: STYLES[t.change].label.toLowerCase() })),
    {
      id,
      title: `Themes that moved from ${fromYear} to ${toYear}`,
      desc: sorted.map((t) => `${t.label}: ${t.change}, ${t.partners} partners in ${toYear}`).join('; '),
      xLabel: `Partners citing the theme in ${toYear}`,
      yLabel: 'Theme',
      integer: true,
      legend: ['new', 'rising', 'falling', 'dropped'],
      right: 110,
    },
  );
}

export interface HeatMap {
  rows: string[];
  /** Column headings (partner types). */
  cols: string[];
  /** Partners of each column's type (printed under its heading). */
  colTotals: number[];
  /** shares[row][col], 0–1: share of that type's partners citing the theme. */
  shares: number[][];
}

/** Figure: theme × partner type heat map; cell shade and text are the share of that type's partners. */
export function heatMapChart(m: HeatMap, id = 'fig-heatmap'): string {
  const left = 250;
  const top = 70;
  const cellW = Math.max(64, Math.min(80, Math.floor(520 / Math.max(1, m.cols.length))));
  const labels = m.rows.map((r) => wrapLabel(r, 34));
  const rowHs = labels.map((l) => Math.max(24, l.length * LINE_H + 8));
  const plotH = rowHs.reduce((a, h) => a + h, 0);
  const W = left + cellW * Math.max(1, m.cols.length) + 30;
  const H = top + Math.max(24, plotH) + 60;
  // Sequential single-hue ramp, light to dark: readable in greyscale.
  const ramp = ['#ffffff', '#deebf7', '#9ecae1', '#4292c6', '#08519c', '#08306b'];
  const level = (v: number) => (v <= 0 ? 0 : Math.min(ramp.length - 1, 1 + Math.floor(v * (ramp.length - 1) - 1e-9)));
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  const desc = m.rows.map((r, i) => `${r}: ` + m.cols.map((c, j) => `${c} ${pct(m.shares[i]?.[j] ?? 0)}`).join(', ')).join('; ');
  let s = svgOpen(id, W, H, "Share of each partner type's partners citing each theme", desc);
  m.cols.forEach((c, j) => {
    const cx = left + j * cellW + cellW / 2;
    s += `<text x="${cx}" y="${top - 24}" text-anchor="middle" font-weight="bold" font-size="10.5" fill="#222">${escapeXml(c)}</text>`;
    s += `<text x="${cx}" y="${top - 8}" text-anchor="middle" fill="#555" font-size="11">n=${m.colTotals[j] ?? 0}</text>`;
  });
  let y = top;
  m.rows.forEach((r, i) => {
    const rowH = rowHs[i]!;
    s += labelText(labels[i]!, left - 8, y + rowH / 2);
    m.cols.forEach((c, j) => {
      const v = m.shares[i]?.[j] ?? 0;
      const x = left + j * cellW;
      s += `<g><title>${escapeXml(`${r} × ${c}: ${pct(v)}`)}</title><rect x="${x}" y="${y}" width="${cellW}" height="${rowH}" fill="${ramp[level(v)]}" stroke="#888" stroke-width="0.5"/>`;
      s += `<text x="${x + cellW / 2}" y="${y + rowH / 2 + 4}" text-anchor="middle" fill="${level(v) >= 3 ? '#ffffff' : '#222'}">${v > 0 ? pct(v) : '·'}</text></g>`;
    });
    y += rowH;
  });
  if (!m.rows.length || !m.cols.length) s += `<text x="${left}" y="${top + 16}" fill="#555">No data</text>`;
  s += `<text x="${left + (cellW * Math.max(1, m.cols.length)) / 2}" y="${y + 30}" text-anchor="middle" font-weight="bold" fill="#222">Partner type (n = its partners scanned; cell = share citing the theme)</text>`;
  return `${s}</svg>`;
}
