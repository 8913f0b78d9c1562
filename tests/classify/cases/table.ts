// RuleTester-style case tables for the classifier: `valid` rows must get the stated kind (and
// theme, when given); `invalid` rows must NOT get the stated kind or theme (a known wrong reading).
// Every sentence is written for planscan from domain knowledge, not taken from an evaluation document.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClassifier, type Classifier } from '../../../src/classify/index.js';
import type { Kind } from '../../../src/schema/priority.js';

export interface Valid {
  text: string;
  kind: Kind;
  /** Expected primary theme; undefined = not checked, null = no theme. */
  theme?: string | null;
  /** Themes that must be listed among otherThemes (multi-theme statements). */
  also?: string[];
  /** The partner type of the statement's document (classify context); undefined = not known. */
  partnerType?: string;
  /** A feature name the model cues must contain (e.g. a partner-type feature that decided). */
  cue?: string;
}
export interface Invalid {
  text: string;
  notKind?: Kind;
  notTheme?: string;
  /** The theme must appear neither as primary nor among the others. */
  nowhere?: string;
  partnerType?: string;
}

let c: Classifier;

export function caseTable(name: string, cases: { valid?: Valid[]; invalid?: Invalid[] }): void {
  describe(name, () => {
    beforeAll(() => {
      c ??= loadClassifier();
    });
    const ctx = (partnerType?: string) => (partnerType ? { partnerType } : undefined);
    const label = (v: { text: string; partnerType?: string }) => (v.partnerType ? `[${v.partnerType}] ${v.text}` : v.text);
    for (const v of cases.valid ?? []) {
      it(`valid: ${label(v)}`, () => {
        const r = c.classify(v.text, ctx(v.partnerType));
        const got = `${r.kind}/${r.theme}`;
        expect(r.kind, got).toBe(v.kind);
        if (v.theme !== undefined) expect(r.theme, got).toBe(v.theme);
        for (const t of v.also ?? []) expect(r.otherThemes, got).toContain(t);
        expect(r.cues.length).toBeGreaterThan(0);
        if (v.cue) expect(r.cues.filter((q) => q.source === 'model').map((q) => q.term), got).toContain(v.cue);
      });
    }
    for (const v of cases.invalid ?? []) {
      it(`invalid: ${label(v)}`, () => {
        const r = c.classify(v.text, ctx(v.partnerType));
        const got = `${r.kind}/${r.theme}`;
        if (v.notKind) expect(r.kind, got).not.toBe(v.notKind);
        if (v.notTheme) expect(r.theme, got).not.toBe(v.notTheme);
        if (v.nowhere) expect([r.theme, ...r.otherThemes], got).not.toContain(v.nowhere);
      });
    }
  });
}
