// Checks lifecycle blocks: ignore_changes may name only fields the resource's kind has.
import { errorDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Declarations } from './collect-declarations.js';
import { suggestName } from './did-you-mean.js';
import { isPlainMap } from './json-value.js';
import type { SchemaStore } from './schema-store.js';
import { locateValue, type PositionedTree } from './yaml-positions.js';

export function checkLifecycle(tree: PositionedTree, declarations: Declarations, store: SchemaStore): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const resource of declarations.resources) {
    const lifecycle = resource.body.lifecycle;
    if (!resource.valid || !isPlainMap(lifecycle) || !Array.isArray(lifecycle.ignore_changes)) continue;
    const fields = store.kindFields[resource.kind];
    (lifecycle.ignore_changes as unknown[]).forEach((field, i) => {
      if (typeof field !== 'string' || fields.includes(field)) return;
      const range = locateValue(tree, [...resource.path, 'lifecycle', 'ignore_changes', String(i)]);
      const hint = suggestName(field, fields, `Fields of ${resource.kind}: ${fields.join(', ')}.`);
      const summary = `ignore_changes names "${field}", which ${resource.kind} resources do not have`;
      diagnostics.push(errorDiagnostic('config.unknown-ignore-field', summary, { range, address: resource.address, ...(hint === undefined ? {} : { hint }) }));
    });
  }
  return diagnostics;
}
