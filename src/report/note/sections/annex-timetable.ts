import { longDate, t, tList, tNum, type Brief } from '../../brief/index.js';
import { cell, para, table, txt, type NoteSection } from '../model.js';

const DAY = 24 * 3600 * 1000;
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * DAY);

/** Annex A: the decision timetable from the note's date, the decision and the statutory dates (s5, s28). */
export function timetableAnnex(b: Brief): NoteSection {
  const start = new Date(`${b.cover.isoDate.slice(0, 10)}T00:00:00Z`);
  const rows: Array<[string, string]> = [[t('timetable/steps/note'), b.cover.date]];
  if (!Number.isNaN(start.getTime())) {
    const decision = addDays(start, tNum('timetable/decisionDays'));
    rows.push([t('timetable/steps/decision'), longDate(decision)]);
    const d = b.analysis.recommendation.decision;
    if (d === 'refresh' || d === 'vary the plan' || d === 'new plan required') {
      const consult = addDays(decision, 7 * tNum('timetable/consultationWeeks'));
      const panel = addDays(consult, 7 * tNum('timetable/panelWeeks'));
      rows.push([t('timetable/steps/consultation'), longDate(consult)]);
      rows.push([t('timetable/steps/panel'), longDate(panel)]);
      rows.push([t('timetable/steps/publish'), longDate(addDays(panel, 7 * tNum('timetable/publishWeeks')))]);
    }
    rows.push([t('timetable/steps/nextScan'), longDate(new Date(Date.UTC(start.getUTCFullYear() + 1, start.getUTCMonth(), start.getUTCDate())))]);
  }
  const election = b.input.note?.nextElection;
  const e = election ? new Date(`${election}T00:00:00Z`) : null;
  if (e && !Number.isNaN(e.getTime())) {
    const due = e.getUTCMonth() >= 3 ? e.getUTCFullYear() + 1 : e.getUTCFullYear();
    rows.push([t('timetable/steps/election'), longDate(e)]);
    rows.push([t('timetable/steps/newPlan'), `31 March ${due}`]);
  }
  return {
    id: 'timetable',
    number: 'Annex A',
    title: t('annexes/timetable'),
    blocks: [para(txt(t('timetable/intro'))), table(t('annexes/timetable'), tList('timetable/columns'), rows.map(([a, c]) => [cell(a), cell(c)]), [70, 30])],
  };
}
