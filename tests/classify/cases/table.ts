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
}
export interface Invalid {
  text: string;
  notKind?: Kind;
  notTheme?: string;
  /** The theme must appear neither as primary nor among the others. */
  nowhere?: string;
}

let c: Classifier;

export function caseTable(name: string, cases: { valid?: Valid[]; invalid?: Invalid[] }): void {
  describe(name, () => {
    beforeAll(() => {
      c ??= loadClassifier();
    });
    for (const v of cases.valid ?? []) {
      it(`valid: ${v.text}`, () => {
        const r = c.classify(v.text);
        const got = `${r.kind}/${r.theme}`;
        expect(r.kind, got).toBe(v.kind);
        if (v.theme !== undefined) expect(r.theme, got).toBe(v.theme);
        for (const t of v.also ?? []) expect(r.otherThemes, got).toContain(t);
        expect(r.cues.length).toBeGreaterThan(0);
      });
    }
    for (const v of cases.invalid ?? []) {
      it(`invalid: ${v.text}`, () => {
        const r = c.classify(v.text);
        const got = `${r.kind}/${r.theme}`;
        if (v.notKind) expect(r.kind, got).not.toBe(v.notKind);
        if (v.notTheme) expect(r.theme, got).not.toBe(v.notTheme);
        if (v.nowhere) expect([r.theme, ...r.otherThemes], got).not.toContain(v.nowhere);
      });
    }
  });
}
