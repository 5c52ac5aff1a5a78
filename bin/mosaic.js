#!/usr/bin/env node
// The mosaic executable. `--version` is answered here without loading the CLI, so it stays
// fast; everything else goes to the compiled CLI.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V' || args[0] === 'version')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  // A refresh parses thousands of API answers it keeps little of; V8's default heap growth
  // lets that garbage more than double the peak memory of a 10,000-repository plan
  // (docs/benchmarks.md). Growing the heap by 10% per collection keeps it near the live size
  // for ~7% more time. Heap flags the user gives (NODE_OPTIONS, node flags) win.
  const given = `${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`;
  if (!/heap|old-space|semi-space/.test(given)) {
    const { setFlagsFromString } = await import('node:v8');
    setFlagsFromString('--heap-growing-percent=10');
  }
  const [{ main }, { processIo }] = await Promise.all([import('../dist/src/cli/main.js'), import('../dist/src/cli/cli-io.js')]);
  process.exitCode = await main(processIo());
}
