import { t, type Brief } from '../../brief/index.js';
import { para, txt, type Block } from '../model.js';

/** The analyst's own words for a section (scan.note.commentary / commentary.md), one paragraph each. */
export function commentary(b: Brief, section: string): Block[] {
  const text = b.commentary[section];
  if (!text) return [];
  return text.split(/\n{2,}/).map((p, i) => para(...(i === 0 ? [txt(`${t('sections/commentary')}: `, { bold: true })] : []), txt(p.replace(/\s*\n\s*/g, ' '))));
}

export const tierLabel = (tier: string): string => t(`tierLabels/${tier}`);
