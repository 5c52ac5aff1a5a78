// Validates the merged config against schemas/mosaic.schema.json and places every error.
import { describeSchemaErrors, type DescribedSchemaErrors } from './describe-schema-errors.js';
import type { SchemaStore } from './schema-store.js';
import type { PositionedTree } from './yaml-positions.js';

export function validateSchema(tree: PositionedTree, store: SchemaStore): DescribedSchemaErrors {
  if (store.validateConfig(tree.root)) return { diagnostics: [], invalidPaths: new Set() };
  return describeSchemaErrors(store.validateConfig.errors ?? [], tree, { base: [] });
}
