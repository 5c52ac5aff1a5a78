// Preloaded into a benchmarked mosaic process (node --import): writes its peak resident set
// size in KiB to $MOSAIC_BENCH_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.MOSAIC_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
