/** Shared shapes for the bundled sample corpus ("Example Valley"). */

export type Block =
  | { h: 1 | 2 | 3; text: string }
  | { p: string }
  | { ul: string[] }
  | { ol: string[] }
  /** First row is the header row. */
  | { table: string[][] }
  | { pagebreak: true };

export type Format = 'pdf' | 'docx' | 'html' | 'txt' | 'md' | 'csv';

export interface CorpusDoc {
  id: string;
  role: 'current_plan' | 'partner' | 'national' | 'survey';
  partner: string;
  partner_type:
    | 'CSP' | 'LSCB' | 'SAB' | 'HWB' | 'POLICE' | 'YOT' | 'PROBATION' | 'FIRE' | 'OPCC' | 'NATIONAL';
  area: string;
  doc_type:
    | 'strategic_assessment' | 'partnership_plan' | 'annual_report' | 'business_plan'
    | 'police_and_crime_plan' | 'survey' | 'other';
  year: number;
  format: Format;
  /** Path relative to the repo root (where sources.yaml lives). */
  path: string;
  title: string;
  /** Line under the title on covers and page headers (e.g. "Strategic Assessment 2024/25"). */
  subtitle?: string;
  /** Publication date printed in the document, e.g. "March 2025". */
  published: string;
  /** PDF only: add a contents page after the cover. */
  contents?: boolean;
  /** Survey only: CSV rows (without header). */
  rows?: Array<[string, string, string, string, number]>;
  blocks: Block[];
}
