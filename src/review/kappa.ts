export interface CategoryAgreement {
  category: string;
  /** Items the machine put in this category. */
  machine: number;
  /** Items the analyst put in this category. */
  analyst: number;
  /** Items both put in this category. */
  both: number;
  /** Cohen's kappa of this category against all others (2×2 table); null when undefined. */
  kappa: number | null;
}

export interface Agreement {
  n: number;
  /** Observed agreement p_o as a per cent (0–100). */
  percent: number;
  /** Chance agreement p_e (0–1). */
  expected: number;
  /** Cohen's kappa (p_o − p_e) / (1 − p_e); null when undefined (no items, or p_e = 1). */
  kappa: number | null;
  categories: CategoryAgreement[];
}

function cohen(po: number, pe: number): number | null {
  return pe >= 1 ? null : (po - pe) / (1 - pe);
}

/** Per cent agreement and Cohen's κ between machine and analyst labels, with per-category figures. */
export function agreement(pairs: Array<{ machine: string; analyst: string }>): Agreement {
  const n = pairs.length;
  const cats = [...new Set(pairs.flatMap((p) => [p.machine, p.analyst]))].sort();
  if (n === 0) return { n: 0, percent: 0, expected: 0, kappa: null, categories: [] };
  const agree = pairs.filter((p) => p.machine === p.analyst).length;
  const po = agree / n;
  let pe = 0;
  const categories: CategoryAgreement[] = cats.map((c) => {
    const machine = pairs.filter((p) => p.machine === c).length;
    const analyst = pairs.filter((p) => p.analyst === c).length;
    const both = pairs.filter((p) => p.machine === c && p.analyst === c).length;
    pe += (machine / n) * (analyst / n);
    // 2×2: c vs not-c.
    const neither = n - machine - analyst + both;
    const poC = (both + neither) / n;
    const peC = (machine / n) * (analyst / n) + ((n - machine) / n) * ((n - analyst) / n);
    return { category: c, machine, analyst, both, kappa: cohen(poC, peC) };
  });
  return { n, percent: po * 100, expected: pe, kappa: cohen(po, pe), categories };
}
