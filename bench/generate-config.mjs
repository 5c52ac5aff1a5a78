// Generates configs of a given size for the benchmarks: a realistic mix of every kind.

/** Returns YAML text with about `total` resources. */
export function generateConfig(total, root = 'data') {
  const share = { repository: 0.3, pipeline: 0.2, space: 0.05, page: 0.2, project: 0.05, issue: 0.2 };
  const count = Object.fromEntries(Object.entries(share).map(([k, s]) => [k, Math.max(1, Math.round(total * s))]));
  const lines = ['version: 1', 'providers:', `  local: { type: local, root: ${root} }`, 'resources:'];
  lines.push('  repository:');
  for (let i = 0; i < count.repository; i++) lines.push(`    repo-${i}:`, `      description: "Service number ${i}"`, '      default_branch: main', '      topics: [service, generated]', `      labels: { team: team-${i % 7} }`);
  lines.push('  pipeline:');
  for (let i = 0; i < count.pipeline; i++) lines.push(`    ci-${i}:`, `      repository: repo-${i % count.repository}`, '      engine: woodpecker', `      path: .woodpecker/ci-${i}.yml`, '      content: |', '        steps:', '          test: { image: "node:20", commands: [npm ci, npm test] }');
  lines.push('  space:');
  for (let i = 0; i < count.space; i++) lines.push(`    space-${i}: { title: "Space ${i}" }`);
  lines.push('  page:');
  for (let i = 0; i < count.page; i++) lines.push(`    page-${i}:`, `      space: space-${i % count.space}`, `      title: "Page ${i}"`, '      content: |', `        # Page ${i}`, '        Generated for the benchmark.');
  lines.push('  project:');
  for (let i = 0; i < count.project; i++) lines.push(`    proj-${i}: { name: "Project ${i}" }`);
  lines.push('  issue:');
  for (let i = 0; i < count.issue; i++) lines.push(`    issue-${i}: { project: proj-${i % count.project}, title: "Task ${i}", priority: medium }`);
  return `${lines.join('\n')}\n`;
}
