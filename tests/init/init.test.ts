import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import PDFDocument from 'pdfkit';
import { Document as DocxDocument, Packer, Paragraph, HeadingLevel } from 'docx';
import YAML from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { SourcesFile } from '../../src/schema/source.js';
import { initSources, InitError, guessPartnerType, guessYear, guessArea } from '../../src/init/index.js';

function makePdf(file: string, lines: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument();
    const out = fs.createWriteStream(file);
    out.on('finish', () => resolve());
    out.on('error', reject);
    doc.pipe(out);
    for (const l of lines) doc.text(l);
    doc.addPage().text('Page two: not read by init.');
    doc.end();
  });
}

async function makeDocx(file: string, lines: string[]): Promise<void> {
  const doc = new DxDoc(lines);
  fs.writeFileSync(file, await Packer.toBuffer(doc));
}
class DxDoc extends DocxDocument {
  constructor(lines: string[]) {
    super({
      sections: [{ children: lines.map((t, i) => new Paragraph(i === 0 ? { text: t, heading: HeadingLevel.HEADING_1 } : { text: t })) }],
    });
  }
}

let dir = '';
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planscan-init-'));
  await makePdf(path.join(dir, 'north-yorkshire-csp-partnership-plan-2024-25.pdf'), [
    'North Yorkshire Community Safety Partnership',
    'Partnership Plan 2024-2025',
  ]);
  await makeDocx(path.join(dir, 'safeguarding-adults-board-annual-report-2023.docx'), [
    'Safeguarding Adults Board Annual Report 2023/24',
    'Our priorities are prevention, making safeguarding personal and self-neglect.',
  ]);
  fs.writeFileSync(
    path.join(dir, 'hwb-strategy.html'),
    '<html><head><title>Leeds Health &amp; Wellbeing Strategy 2024</title></head><body><h1>Our strategy</h1></body></html>',
  );
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'York Youth Justice Service Plan 2024\n\nOur priorities: serious violence.\n');
  fs.mkdirSync(path.join(dir, 'opcc'));
  fs.writeFileSync(path.join(dir, 'opcc', 'police-and-crime-plan-2021.md'), '# Police and Crime Plan 2021-2024\n');
  fs.writeFileSync(path.join(dir, 'ignore-me.xlsx'), 'x');
});

describe('initSources', () => {
  it('writes a draft sources.yaml that parses with the SourcesFile schema, with guess comments', async () => {
    const res = await initSources(dir, { year: 2024 });
    expect(res.warnings).toEqual([]);
    expect(res.file).toBe(path.join(dir, 'sources.yaml'));
    const text = fs.readFileSync(res.file, 'utf8');
    const parsed = SourcesFile.parse(YAML.parse(text));
    expect(parsed.scan.year).toBe(2024);
    expect(parsed.scan.last_election).toBe('2024-05-02');
    expect(text).toMatch(/last_election: "?2024-05-02"? # latest PCC election up to the scan year/);
    expect(parsed.sources).toHaveLength(5);
    const by = Object.fromEntries(parsed.sources.map((s) => [s.path, s]));

    const csp = by['north-yorkshire-csp-partnership-plan-2024-25.pdf']!;
    expect(csp).toMatchObject({ partner_type: 'CSP', area: 'North Yorkshire', year: 2024, doc_type: 'partnership_plan', role: 'partner' });
    expect(csp.partner).toBe('North Yorkshire Community Safety Partnership');
    expect(csp.title).toBe('North Yorkshire Community Safety Partnership');

    const sab = by['safeguarding-adults-board-annual-report-2023.docx']!;
    expect(sab).toMatchObject({ partner_type: 'SAB', doc_type: 'annual_report', year: 2023 });
    expect(sab.title).toBe('Safeguarding Adults Board Annual Report 2023/24');

    const hwb = by['hwb-strategy.html']!;
    expect(hwb).toMatchObject({ partner_type: 'HWB', doc_type: 'partnership_plan', year: 2024, title: 'Leeds Health & Wellbeing Strategy 2024' });

    const yot = by['notes.txt']!;
    expect(yot).toMatchObject({ partner_type: 'YOT', year: 2024, area: 'York', partner: 'York Youth Justice Service' }); // from the text, not the name
    expect(hwb).toMatchObject({ area: 'Leeds', partner: 'Leeds Health and Wellbeing Board' });

    const plan = by['opcc/police-and-crime-plan-2021.md']!;
    expect(plan).toMatchObject({ role: 'current_plan', doc_type: 'police_and_crime_plan', partner_type: 'OPCC', year: 2021 });
    expect(parsed.scan.current_plan).toBe(plan.id);

    // Guesses come from the documents themselves, each with where it was read.
    expect(text).toContain('partner_type: CSP # from the title (first heading): "North Yorkshire Community Safety Partnership" ("community safety")');
    expect(text).toMatch(/partner_type: YOT # from the title \(first heading\): "York Youth Justice Service Plan 2024" \("youth justice"\)/);
    expect(text).toContain('year: 2023 # from the title ("2023/24")');
    expect(text).toMatch(/area: Leeds # not found in the document: using the most common area \(low confidence: check\)/);
    expect(new Set(parsed.sources.map((s) => s.id)).size).toBe(5);
  });

  it('refuses to overwrite an existing sources.yaml without force', async () => {
    const file = path.join(dir, 'sources.yaml');
    fs.writeFileSync(file, '# mine\n');
    await expect(initSources(dir, { year: 2024 })).rejects.toThrow(InitError);
    await expect(initSources(dir, { year: 2024 })).rejects.toThrow(/already exists.*--force/);
    expect(fs.readFileSync(file, 'utf8')).toBe('# mine\n');
    await initSources(dir, { year: 2025, force: true });
    expect(SourcesFile.parse(YAML.parse(fs.readFileSync(file, 'utf8'))).scan.year).toBe(2025);
  });

  it('errors on an empty folder', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'planscan-init-empty-'));
    await expect(initSources(empty)).rejects.toThrow(/has no documents/);
  });
});

describe('guesses', () => {
  it('partner types from names', () => {
    const t = (s: string) => guessPartnerType(s)?.value;
    expect(t('Safer Leeds community-safety plan')).toBe('CSP');
    expect(t('LSCP_annual_report')).toBe('LSCB');
    expect(t('Bristol Safeguarding Children Partnership')).toBe('LSCB');
    expect(t('health & wellbeing board')).toBe('HWB');
    expect(t('west-yorkshire-police-plan')).toBe('POLICE');
    expect(t('YOT plan')).toBe('YOT');
    expect(t('probation-delivery-plan')).toBe('PROBATION');
    expect(t('fire-and-rescue-IRMP')).toBe('FIRE');
    expect(t('misc')).toBeUndefined();
  });
  it('years and areas', () => {
    expect(guessYear('plan_2023-26')?.value).toBe(2023);
    expect(guessYear('FY24-25 plan')?.value).toBe(2024);
    expect(guessYear('v12')).toBeUndefined();
    expect(guessArea('kirklees-csp-plan-2024')).toBe('Kirklees');
    expect(guessArea('csp-plan')).toBeUndefined();
  });
});

describe('area from a title line', () => {
  it('takes the leading place words', async () => {
    const { guessAreaFromLine } = await import('../../src/init/guess.js');
    expect(guessAreaFromLine('York Youth Justice Service Plan 2024')).toBe('York');
    expect(guessAreaFromLine('North Yorkshire Community Safety Partnership')).toBe('North Yorkshire');
    expect(guessAreaFromLine('Safeguarding Adults Board Annual Report')).toBeUndefined();
    expect(guessAreaFromLine('Notes')).toBeUndefined();
  });
});

describe('initials and title parts', () => {
  it('reads "Ev" as "Example Valley" and areas from a title with parts', async () => {
    const { isInitialsOf, guessAreaFromLine } = await import('../../src/init/guess.js');
    expect(isInitialsOf('Ev', 'Example Valley')).toBe(true);
    expect(isInitialsOf('Ev', 'Eastfield')).toBe(false);
    expect(guessAreaFromLine('Annual Performance Report 2024–25 | Example Valley Fire and Rescue Service')).toBe('Example Valley');
    expect(guessAreaFromLine('EXAMPLE VALLEY SAFEGUARDING ADULTS BOARD')).toBe('Example Valley');
  });
});
