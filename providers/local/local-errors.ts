// The user-actionable errors the local provider raises, with stable local.* codes and hints,
// and the few fs error checks shared by every kind.
import { ProviderError } from '../../src/resources/provider-contract.js';

export function describeNotFound(kind: string, id: string): ProviderError {
  return new ProviderError(
    'local.not-found',
    `The ${kind} "${id}" does not exist on the local provider`,
    'It was removed outside mosaic; run `mosaic plan` again, which will offer to create it.',
  );
}

export function describeAlreadyExists(kind: string, id: string): ProviderError {
  return new ProviderError(
    'local.already-exists',
    `A ${kind} "${id}" already exists on the local provider`,
    `Choose another name, or run \`mosaic plan\` so mosaic imports the existing ${kind} instead of creating it.`,
  );
}

export function describeMissingParent(kind: string, parentKind: string, parentId: string): ProviderError {
  return new ProviderError(
    `local.${parentKind}-not-found`,
    `The ${parentKind} "${parentId}" of this ${kind} does not exist on the local provider`,
    `Create the ${parentKind} first (declare it in the config and reference it), or fix the reference.`,
  );
}

export function isMissingFile(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

export function isExistingFile(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'EEXIST' || code === 'ENOTEMPTY';
}
