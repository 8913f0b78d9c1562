import type { ExtractionRule } from '../context.js';
import { inlineList } from './inline-list.js';
import { listAfterIntro } from './list-after-intro.js';
import { listUnderHeading } from './list-under-heading.js';
import { mentionInSentence } from './mention.js';
import { numberedFallback } from './numbered-fallback.js';
import { priorityN } from './priority-n.js';
import { tableColumn } from './table-column.js';

/** The hand rules: their findings are features of the learned reader (rule:<id>), not decisions. */
export const RULES: readonly ExtractionRule[] = [priorityN, listAfterIntro, listUnderHeading, tableColumn, inlineList, mentionInSentence];
/** Only when the rules above find nothing. */
export const FALLBACK_RULES: readonly ExtractionRule[] = [numberedFallback];
