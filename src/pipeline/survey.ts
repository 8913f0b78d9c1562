import type { Document } from '../schema/document.js';
import type { Priority } from '../schema/priority.js';
import { priorityId } from '../extract/index.js';

/**
 * A partner-survey CSV becomes one named priority per response row.
 * Convention shared with analyse/survey: `section` is `rank:N`, so ranks survive storage.
 */
export function surveyPriorities(doc: Document): Priority[] {
  return doc.blocks
    .filter((b) => b.text.trim() !== '')
    .map((b, i) => ({
      id: priorityId(doc.sourceId, `${i}:${b.text}`),
      sourceId: doc.sourceId,
      page: b.page,
      section: `rank:${Number.parseInt(b.marker ?? '', 10) || 0}`,
      text: b.text.trim(),
      quote: b.text,
      strength: 'named' as const,
      rule: 'survey-row',
      reasons: [],
    }));
}
