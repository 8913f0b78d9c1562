#!/usr/bin/env node
// Thin launcher over the compiled CLI: `npm install` builds dist/ (the prepare script), and
// `npm run build` rebuilds it after a change.
process.env.DOTENV_CONFIG_QUIET ??= 'true';
let cli;
try {
  cli = await import('../dist/src/cli/main.js');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist/src/cli/main.js')) throw e;
  process.stderr.write("planscan: the compiled CLI (dist/) is missing\nhint: run 'npm run build' in the planscan folder\n");
  process.exit(1);
}
const { main } = cli;
process.exitCode = await main(process.argv.slice(2));
