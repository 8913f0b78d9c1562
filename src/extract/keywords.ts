/** Words and phrases that announce stated priorities. */

/** In a sentence that introduces a list ("our priorities are", "the key aims of the Board are to:"). */
export const LIST_KEYWORD_SRC =
  String.raw`priorit(?:y|ies)(?:\s+(?:areas?|themes?|outcomes?))?|aims|objectives|goals|pillars|threats|ambitions|commitments|` +
  String.raw`(?:priority|key|strategic|overarching|core|main)\s+themes|themes\s+(?:requiring|for)\s+focus|areas\s+of\s+focus|focus\s+areas|` +
  String.raw`(?:primary|core|key|main|statutory)\s+functions`;
export const LIST_KEYWORD_RE = new RegExp(String.raw`\b(?:${LIST_KEYWORD_SRC})\b`, 'i');

/** A heading whose section lists priorities ("Our priorities", "Key aims", "Areas of focus"). */
export const PRIORITY_HEADING_RE = new RegExp(
  String.raw`\b(?:priorit(?:y|ies)|(?:our|key|strategic|main|core|partnership|board's|the)\s+aims|aims\s+and\s+objectives|objectives|` +
    String.raw`areas\s+of\s+focus|focus\s+areas|we\s+will\s+focus\s+on|our\s+focus|(?:our|key|strategic)\s+goals|` +
    String.raw`(?:key|strategic|priority)\s+themes|our\s+commitments|pillars|ambitions)\b`,
  'i',
);

/** Headings that mention priorities but do not list them. */
export const NON_LIST_HEADING_RE = /\b(?:performance|progress|review|update|achievements?|against|delivering|delivery\s+of|how\s+we|why|background|introduction|appendix|glossary|contents)\b/i;

/** "Priority 1: …", "Priority one – …", "Strategic priority 2. …" */
export const PRIORITY_N_RE =
  /^\s*(?:(?:our|strategic|key|local|national|partnership)\s+)?(?:priority|aim|objective|goal|theme|pillar|ambition|outcome|commitment|strand|workstream)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|[A-Ha-h])\s*(?:[:.)–—-]|\s-\s)\s*(\S.*)$/i;

/** Words that refer back ("these priorities"): the list is elsewhere. */
export const BACK_REFERENCE_RE = /\b(?:these|those|such|the\s+above|which)\s+(?:\w+\s+){0,2}$/i;

/** "Priority 1" / "Aim two" alone: a label whose statement follows. */
export const PRIORITY_LABEL_RE =
  /^\s*(?:(?:our|strategic|key|local|partnership)\s+)?(?:priority|aim|objective|goal|theme|pillar|ambition|outcome|commitment|strand|workstream)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*[:.]?\s*$/i;

/** Ordinary document sections: a list of priority headings ends before them. */
export const GENERIC_SECTION_RE =
  /^(?:about|governance|funding|budget|finance|resources|performance|contact|introduction|foreword|background|membership|monitoring|next\s+steps|glossary|appendix|summary|conclusions?|delivery|how\s+we|our\s+people|our\s+vision|vision|values|context|purpose|further\s+information|useful\s+links|related|measuring|evaluation|consultation|equality|annual\s+report|reporting|references|acknowledg)/i;
