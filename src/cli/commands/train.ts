import type { Command } from 'commander';
import type { ReviewAgreement } from '../../review/index.js';
import { action } from '../program.js';
import { dbPath, options } from '../options.js';
import { withDb } from '../db.js';
import { CommandError } from '../usage-error.js';

export function register(program: Command): void {
  program
    .command('train')
    .summary('retrain the classifier with reviewed statements and report its agreement with the analyst')
    .description(`Retrains the classifier with the statements analysts have reviewed (held as training examples by planscan review apply; every planscan run already uses them) and reports the training examples held, by kind, and the agreement with the analyst on the reviewed statements before (the stored machine labels) and after (the reviewed texts classified again by the retrained classifier). "After" is measured on statements the classifier has seen: it checks the examples took, not accuracy on new documents (use planscan eval for that). Nothing is written.`)
    .addOption(options.db())
    .addOption(options.out('output folder holding the default database'))
    .addOption(options.json())
    .action(action(train));
}

async function train(o: { db?: string; out: string; json?: boolean }): Promise<number> {
  const [{ loadClassifier }, { fmtKappa, reviewAgreement }] = await Promise.all([import('../../classify/index.js'), import('../../review/index.js')]);
  const line = (label: string, a: ReviewAgreement): string =>
    `${label}: kind ${a.kind.percent.toFixed(1)}% (kappa ${fmtKappa(a.kind.kappa)}), theme ${a.theme.percent.toFixed(1)}% (kappa ${fmtKappa(a.theme.kappa)}), ${a.overridden} disagreement(s) over ${a.kind.n}`;
  return withDb(o, 'read', (store) => {
    const examples = store.trainingExamples();
    const byKind: Record<string, number> = {};
    for (const e of examples) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
    let classifier;
    try {
      classifier = loadClassifier({ extraExamples: examples });
    } catch (e) {
      throw new CommandError(`the training examples in ${dbPath(o)} do not validate: ${(e as Error).message}`);
    }
    const before = reviewAgreement(store);
    const after = reviewAgreement(store, undefined, (text) => {
      const c = classifier.classify(text);
      return { kind: c.kind, theme: c.theme };
    });
    if (o.json) {
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
  });
}

/** Runs `planscan train ARGV...` in this process (tests); returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  const { main } = await import('../main.js');
  return main(['train', ...argv]);
}
