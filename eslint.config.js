// typescript-eslint strictTypeChecked over src/, providers/ and test/, exhaustive switches, and
// the import direction DESIGN.md asks for, checked for every folder by the rule below.
import { dirname, relative, resolve } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

/**
 * What each folder of src/ may import, besides itself and the files at the top of src/
 * (canonical-json, package-root, mosaic-version, assert-never). Data flows one way:
 * cli -> run -> config -> routing -> plan -> apply -> state/audit; nothing below imports run/ or cli/.
 */
const srcImports = {
  diagnostics: [],
  graph: [],
  generated: [],
  resources: ['diagnostics'],
  addresses: ['resources'],
  audit: ['diagnostics'],
  transport: ['resources', 'diagnostics'],
  state: ['audit', 'diagnostics', 'generated', 'resources', 'addresses'],
  plugins: ['transport', 'resources', 'diagnostics', 'generated'],
  config: ['plugins', 'transport', 'resources', 'addresses', 'diagnostics', 'generated'],
  routing: ['config', 'state', 'resources', 'diagnostics'],
  plan: ['routing', 'config', 'state', 'resources', 'addresses', 'diagnostics', 'generated', 'graph'],
  apply: ['plan', 'state', 'graph', 'resources', 'addresses', 'diagnostics'],
  run: ['apply', 'plan', 'routing', 'config', 'plugins', 'state', 'audit', 'transport', 'resources', 'addresses', 'diagnostics', 'generated', 'graph'],
  // The CLI parses and renders: it calls run/ and renders plans; the rest it may know only as types.
  cli: ['run', 'plan', 'resources', 'addresses', 'diagnostics'],
};
const srcTypeImports = { cli: Object.keys(srcImports).filter((f) => f !== 'cli') };

/** The published provider SDK: what a provider plugin (built-in or third-party) may import of src/. */
const providerSdk = ['resources', 'addresses', 'diagnostics'];

/** The unit whose import rules apply to a file: src/FOLDER, src (its top files), providers/NAME, test/emulators, test. */
function unitOf(file) {
  const parts = file.split('/');
  if (parts[0] === 'src') return parts.length > 2 ? `src/${parts[1]}` : 'src';
  if (parts[0] === 'providers') return `providers/${parts[1]}`;
  if (parts[0] === 'test' && parts[1] === 'emulators' && !file.endsWith('.test.ts')) return 'test/emulators';
  return parts[0];
}

function refusal(from, to, typeOnly) {
  if (from === to || to === 'src') return undefined;
  if (from.startsWith('src/') && to.startsWith('src/')) {
    const [a, b] = [from.slice(4), to.slice(4)];
    if (srcImports[a]?.includes(b) || (typeOnly && srcTypeImports[a]?.includes(b))) return undefined;
    const allowed = srcImports[a] ?? [];
    return `${from}/ imports ${allowed.length ? allowed.map((f) => `${f}/`).join(', ') : 'nothing else of mosaic'}${srcTypeImports[a] ? ' (and types of any folder below it)' : ''}, not ${to}/`;
  }
  if (from === 'src' && to !== 'src') return 'the files at the top of src/ import nothing of its folders';
  if (from.startsWith('src/') && !to.startsWith('src/')) return `src/ never imports ${to}/`;
  if (from.startsWith('providers/')) {
    if (to.startsWith('src/') && providerSdk.includes(to.slice(4))) return undefined;
    return `a provider imports only the provider SDK (${providerSdk.map((f) => `src/${f}/`).join(', ')}) and its own folder, not ${to}/`;
  }
  if (from === 'test/emulators') return to === 'test/emulators' ? undefined : `an emulator speaks its provider's API on its own and imports nothing of mosaic (${to}/)`;
  return undefined;
}

const importDirection = {
  meta: { type: 'problem', schema: [], messages: { refused: 'Import direction: {{why}}.' } },
  create(context) {
    const file = relative(root, context.filename);
    const from = unitOf(file);
    const check = (node, source, typeOnly) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = unitOf(relative(root, resolve(dirname(context.filename), source)));
      const why = refusal(from, to, typeOnly);
      if (why) context.report({ node, messageId: 'refused', data: { why } });
    };
    const typeOnly = (node) => node.importKind === 'type' || node.exportKind === 'type' || (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));
    return {
      ImportDeclaration: (node) => check(node, node.source.value, typeOnly(node)),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, typeOnly(node)),
      ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === 'type'),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value, false),
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/generated/', 'coverage/', '**/*.mjs', 'bin/', 'eslint.config.js', 'vitest.config.ts', 'vitest.soak.config.ts', 'bench/', 'examples/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    plugins: { mosaic: { rules: { 'import-direction': importDirection } } },
    rules: {
      'mosaic/import-direction': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: true }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // State and plans are plain records keyed by address (they serialize as JSON objects).
      '@typescript-eslint/no-dynamic-delete': 'off',
    },
  },
);
