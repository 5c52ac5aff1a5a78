// Reads typed values out of a repository Spec (validated by the core against the schema, but
// `unknown` here) and builds specs without undefined members. A type mismatch is an invalid spec.
import { specReaders } from '../../src/resources/spec-values.js';

export { compactSpec, isRecord, type SpecRecord } from '../../src/resources/spec-values.js';
export const { readString, readBoolean, readInteger, readStringList, readObject, readObjectList, readStringMap } = specReaders('bitbucket');

