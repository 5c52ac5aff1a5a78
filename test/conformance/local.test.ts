// The local provider passes the conformance suite too, on disk (no HTTP, so no faults).
import { describeConformance } from './conformance-suite.js';

describeConformance({
  provider: 'local',
  fields: [
    { field: 'description', values: ['first description', 'second description'] },
    { field: 'visibility', values: ['private', 'public'] },
    { field: 'topics', values: [['alpha', 'beta'], ['beta', 'gamma']] },
    { field: 'homepage', values: ['https://one.example', 'https://two.example'] },
    { field: 'default_branch', values: ['main', 'trunk'] },
    { field: 'archived', values: [false, true] },
  ],
});
