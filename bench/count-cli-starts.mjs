// Preloaded into every node process of a test run (NODE_OPTIONS=--import) by test-suite.mjs:
// appends a line to MOSAIC_BENCH_CLI_STARTS for each process that is the mosaic executable.
import { appendFileSync } from 'node:fs';

const file = process.env.MOSAIC_BENCH_CLI_STARTS;
if (file && /bin[/\\]mosaic\.js$/.test(process.argv[1] ?? '')) appendFileSync(file, `${process.argv.slice(2).join(' ')}\n`);
