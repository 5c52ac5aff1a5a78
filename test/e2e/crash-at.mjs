// Preloaded (node --import) into a CLI process that a crash test kills at one exact step of
// apply: at the Nth event on the mosaic:apply diagnostics channel that matches
// MOSAIC_TEST_CRASH_AT (JSON: type, action, and optionally operation, intent, nth), the
// process SIGKILLs itself, leaving journal, provider and state as that step left them.
import { subscribe } from 'node:diagnostics_channel';

const point = JSON.parse(process.env.MOSAIC_TEST_CRASH_AT ?? 'null');
let seen = 0;
if (point) {
  subscribe('mosaic:apply', (event) => {
    if (event.type !== point.type || event.change.action !== point.action) return;
    if (point.operation !== undefined && event.operation !== point.operation) return;
    if (point.intent !== undefined && event.intent !== point.intent) return;
    seen += 1;
    if (seen === (point.nth ?? 1)) process.kill(process.pid, 'SIGKILL');
  });
}
