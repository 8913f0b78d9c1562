import { count, failureLevel, fmtNum, t, tList, tMap, type Brief } from '../../brief/index.js';
import { cell, para, table, txt, type Block, type Cell, type NoteSection } from '../model.js';

/** A weight's plain name from note.yaml (exact key, or a "*" pattern such as harm.scales.*.floor). */
export function weightName(key: string): string {
  const names = tMap('scoring/weightNames');
  if (names[key]) return names[key];
  const indices = tMap('scoring/harmIndices');
  for (const [pattern, name] of Object.entries(names)) {
    if (!pattern.includes('*')) continue;
    const re = new RegExp(`^${pattern.replace(/\./g, '\\.').replace('*', '([^.]+)')}$`);
    const m = re.exec(key);
    if (m) return name.replace('{1}', indices[m[1]!] ?? m[1]!.replace(/_/g, ' '));
  }
  return key.split('.').map((w) => w.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()).join(', ').replace(/^./, (c) => c.toUpperCase());
}

/** The formula as the analysis states it, with harm-index ids given their published names. */
function plainFormula(f: string): string {
  let out = f;
  for (const [id, name] of Object.entries(tMap('scoring/harmIndices'))) out = out.split(id).join(name);
  return out;
}

const part = (parts: Record<string, number>, k: string, fallback?: number): string => {
  const v = parts[k] ?? fallback;
  return v === undefined ? '—' : fmtNum(v);
};

export function scoringAnnex(b: Brief): NoteSection {
  const weights = Object.entries(b.analysis.methodology.weights);
  return {
    id: 'scoring',
    number: 'Annex B',
    title: t('annexes/scoring'),
    blocks: [
      para(txt(t('scoring/intro'))),
      table(
        t('annexes/scoring'),
        tList('scoring/columns'),
        b.business.map((x, i) => [
          cell(i + 1), cell(x.label), cell(part(x.scoreParts, 'impact', x.harm)), cell(part(x.scoreParts, 'prevalence', x.prevalence)),
          cell(part(x.scoreParts, 'likelihood')), cell(part(x.scoreParts, 'breadthFactor')), cell(part(x.scoreParts, 'trendFactor', x.trend)), cell(fmtNum(x.score)),
        ]),
        [8, 32, 11, 12, 12, 9, 8, 8],
      ),
      para(txt(plainFormula(b.analysis.methodology.formula))),
      para(txt(t('scoring/weightsIntro'))),
      table('Weights', tList('scoring/weightColumns'), weights.map(([k, v]) => [cell(weightName(k)), cell(fmtNum(v))]), [80, 20]),
    ],
  };
}

export function evidenceAnnex(b: Brief): NoteSection {
  const rows = b.evidence;
  const blocks: Block[] = [para(txt(t('evidence/intro', { n: count(rows.length, 'row') })))];
  if (rows.length) {
    blocks.push({
      type: 'table',
      caption: t('annexes/evidence'),
      header: tList('evidence/columns'),
      anchors: true,
      widths: [6, 21, 13, 14, 16, 8, 22],
      rows: {
        length: rows.length,
        *[Symbol.iterator](): Generator<Cell[]> {
          for (const e of rows) {
            // A quote from a table row keeps its cells apart with a dash, not the extractor's " | ".
            const quote = e.quote.trim() === e.statement.trim() ? '' : `“${e.quote.replace(/\s+\|\s+/g, ' — ')}”`;
            yield [cell(e.ref), cell(e.statement), cell(e.themeLabel), cell(e.partner), cell(e.document), cell(e.page), cell(quote)];
          }
        },
      },
    });
  } else blocks.push(para(txt(t('evidence/none'))));
  return { id: 'evidence', number: 'Annex C', title: t('annexes/evidence'), blocks };
}

export function sourcesAnnex(b: Brief): NoteSection {
  const s = b.sources;
  const blocks: Block[] = [
    para(txt(t('sources/intro', { scan: b.analysis.scan.name, runId: b.cover.runId, listed: count(s.length, 'source'), counted: b.analysis.sources.entries.length ? b.analysis.sources.counted : s.filter((x) => x.status === 'counted').length }))),
    table(
      t('annexes/sources'),
      tList('sources/columns'),
      s.map((x) => [cell(x.id), cell(x.partner), cell(x.title), cell(x.year ?? ''), cell(t(`sources/status/${x.status}`) + (x.reason ? ` — ${x.reason}` : ''))]),
      [16, 24, 30, 8, 22],
    ),
  ];
  if (b.input.failures.length) {
    blocks.push(para(txt(t('sources/failures'))));
    blocks.push(
      table('Problems', tList('sources/failureColumns'), b.input.failures.map((f) => [cell(f.sourceId), cell(t(`sources/levels/${failureLevel(f)}`)), cell(f.message), cell(f.hint ?? '')]), [18, 12, 40, 30]),
    );
  }
  return { id: 'sources', number: 'Annex D', title: t('annexes/sources'), blocks };
}
