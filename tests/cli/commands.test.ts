/**
 * The CLI surface: every command has help listing each of its options and a README row; usage
 * errors exit 2 with one line and a hint; one database default; --version.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { repoRoot, runCli } from '../run/helpers.js';
import { cli } from './helpers.js';

/** Every runnable command, subcommands included (e.g. "review export"), without commander's own "help". */
function leaves(cmd: Command, prefix: string[] = []): Array<{ name: string; cmd: Command }> {
  return cmd.commands
    .filter((c) => c.name() !== 'help')
    .flatMap((c) => {
      const name = [...prefix, c.name()];
      return c.commands.length > 0 ? leaves(c, name) : [{ name: name.join(' '), cmd: c }];
    });
}

const program = buildProgram();
const commands = leaves(program);
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const table = readme.slice(readme.indexOf('## Using it'), readme.indexOf('## An analyst'));

describe('every command', () => {
  it('the CLI has the commands the README documents', () => {
    expect(commands.map((c) => c.name)).toEqual(
      expect.arrayContaining(['run', 'classify', 'eval', 'init', 'review export', 'review apply', 'train', 'drift', 'history', 'unlock']),
    );
  });

  it.each(commands.map((c) => [c.name, c.cmd] as const))('%s: --help lists every option and exits 0; the README has its row', async (name, cmd) => {
    const r = await cli([...name.split(' '), '--help']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Usage: planscan ${name}`);
    for (const o of cmd.options) expect(r.stdout, `${name} ${o.long}`).toContain(o.long!);
    expect(table, `README row for planscan ${name}`).toMatch(new RegExp(`^\\| \`planscan ${name}( |\`)`, 'm'));
    // The README rows of the command name each option too (so the table stays the full reference).
    const row = table.split('\n').filter((l) => new RegExp(`^\\| \`planscan ${name}( |\`)`).test(l)).join('\n');
    for (const o of cmd.options) if (!['--help', '--out'].includes(o.long!)) expect(row, `README row of ${name} lists ${o.long}`).toContain(o.long!);
  });
});

describe('usage errors: exit 2, one line and a hint', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['mistyped command', ['hsitory'], /^planscan: unknown command 'hsitory' \(did you mean history\?\)$/],
    ['mistyped subcommand', ['review', 'exprot'], /^planscan review: unknown command 'exprot' \(did you mean export\?\)$/],
    ['unknown option', ['drift', '--form', '2024'], /^planscan drift: unknown option '--form' \(did you mean --from\?\)$/],
    ['--year with letters', ['run', '--year', '2025abc'], /^planscan run: --year must be a four-digit year, not '2025abc'$/],
    ['--year in eval', ['eval', '--reviewed', '--year', '25'], /^planscan eval: --year must be a four-digit year, not '25'$/],
    ['--year in init', ['init', 'x', '--year', 'next'], /^planscan init: --year must be a four-digit year, not 'next'$/],
    ['--from in drift', ['drift', '--from', 'abc'], /^planscan drift: --from must be a four-digit year, not 'abc'$/],
    ['missing value', ['history', '--db'], /^planscan history: option '--db <file>' argument missing$/],
    ['fractional concurrency', ['run', '--concurrency', '0.5'], /^planscan run: --concurrency must be a whole number of at least 1, not '0.5'$/],
    ['bad PDF engine', ['run', '--pdf-engine', 'x'], /^planscan run: --pdf-engine must be one of pdf-parse, mupdf, not 'x'$/],
    ['negative size cap', ['run', '--max-mb', '-1'], /^planscan run: /],
    ['one fold', ['eval', '--docs', 'd', '--labels', 'l', '--folds', '1'], /^planscan eval: --folds must be a whole number of at least 2, not '1'$/],
    ['no sources.yaml', ['run', '--sources', 'nowhere/sources.yaml'], /^planscan run: nowhere\/sources\.yaml: no such file$/],
    ['excess argument', ['history', 'extra'], /^planscan history: too many arguments/],
    ['init with no folder', ['init'], /^planscan init: missing required argument 'dir'$/],
  ];
  it.each(cases)('%s', async (_what, args, message) => {
    const r = await cli(args);
    expect(r.code, r.stderr).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines, r.stderr).toHaveLength(2);
    expect(lines[0]).toMatch(message);
    expect(lines[1]).toMatch(/^hint: /);
  });

  it('the installed launcher (bin/planscan.js) gives the same: a mistyped command as a real process', async () => {
    const r = await runCli(['hsitory']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("planscan: unknown command 'hsitory' (did you mean history?)\nhint: 'planscan --help' lists every command\n");
  });

  it('no command prints the commands on stderr and exits 2', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    for (const c of ['run', 'init', 'review', 'history', 'unlock']) expect(r.stderr).toContain(`  ${c}`);
  });

  it('--version prints the package version', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version);
  });
});
