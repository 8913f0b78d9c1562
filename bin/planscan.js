#!/usr/bin/env node
// Thin launcher over the compiled CLI (build with `npm run build`).
process.env.DOTENV_CONFIG_QUIET ??= 'true';
const { main } = await import('../dist/src/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
