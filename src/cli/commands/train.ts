import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadClassifier } from '../../classify/index.js';
import { fmtKappa, reviewAgreement, type ReviewAgreement } from '../../review/index.js';
import { openStore } from '../../store/index.js';

const HELP = `Usage: planscan train [--db FILE] [--json]

Retrains the classifier with the statements analysts have reviewed (held as training examples
by planscan review apply; every planscan run already uses them) and reports:
  - the training examples held, by kind;
  - the classifier's agreement with the analyst on the reviewed statements, before (the machine
    labels stored when they were scanned) and after (the reviewed texts classified again by the
    retrained classifier). The reviewed changes are among the training examples, so "after" is
    measured on statements the classifier has seen; it checks the examples took, not accuracy
    on new documents (use planscan eval for that).

Options:
  --db FILE   database (default output/planscan.db)
  --json      print JSON
  -h, --help  show this help
`;

function line(label: string, a: ReviewAgreement): string {
  return `${label}: kind ${a.kind.percent.toFixed(1)}% (kappa ${fmtKappa(a.kind.kappa)}), theme ${a.theme.percent.toFixed(1)}% (kappa ${fmtKappa(a.theme.kappa)}), ${a.overridden} disagreement(s) over ${a.kind.n}`;
}

export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string', default: 'output/planscan.db' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    }));
  } catch (e) {
    process.stderr.write(`planscan train: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (!fs.existsSync(values.db)) {
    process.stderr.write(`planscan train: no database at ${values.db}: run a scan first (or pass --db).\n`);
    return 1;
  }
  const store = openStore(values.db);
  try {
    const examples = store.trainingExamples();
    const byKind: Record<string, number> = {};
    for (const e of examples) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
    let classifier;
    try {
      classifier = loadClassifier({ extraExamples: examples });
    } catch (e) {
      process.stderr.write(`planscan train: the training examples in ${values.db} do not validate: ${(e as Error).message}\n`);
      return 1;
    }
    const before = reviewAgreement(store);
    const after = reviewAgreement(store, undefined, (text) => {
      const c = classifier.classify(text);
      return { kind: c.kind, theme: c.theme };
    });
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ examples: examples.length, byKind, reviewed: before.reviewed, before, after }, null, 2)}\n`);
      return 0;
    }
    const lines = [
      `training examples held: ${examples.length}${examples.length ? ` (${Object.entries(byKind).sort().map(([k, n]) => `${k} ${n}`).join(', ')})` : ''}`,
      `classifier retrained with them and validated (every theme known to data/taxonomy.yaml)`,
    ];
    if (before.reviewed === 0) {
      lines.push('no reviewed statements yet: planscan review export, fill the override columns, planscan review apply FILE');
    } else {
      lines.push(
        `reviewed statements: ${before.reviewed} (excluded ${before.excluded}, compared ${before.kind.n})`,
        line('before (stored machine labels)', before),
        line('after (retrained classifier)  ', after),
      );
      if (after.disagreements.length) {
        lines.push(`still disagreeing after retraining (${after.disagreements.length}):`);
        for (const d of after.disagreements.slice(0, 20)) {
          lines.push(`  "${d.text}": machine ${d.machineKind}/${d.machineTheme ?? '(none)'}, analyst ${d.analystKind}/${d.analystTheme ?? '(none)'}`);
        }
        if (after.disagreements.length > 20) lines.push(`  … and ${after.disagreements.length - 20} more (planscan train --json)`);
      }
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    store.close();
  }
}
