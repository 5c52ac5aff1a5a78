// Turns ajv errors into diagnostics placed at the YAML node of each error's path: one per
// real problem, worded for a user (unknown field with did-you-mean, wrong type, missing field).
import type { ErrorObject } from 'ajv';
import { errorDiagnostic, type Diagnostic, type SourceRange } from '../diagnostics/diagnostic.js';
import { isResourceKind } from '../resources/resource-kind.js';
import { suggestName } from './did-you-mean.js';
import { describeJsonType, isPlainMap } from './json-value.js';
import { describePattern } from './pattern-words.js';
import { formatFieldPath, locateKey, locateStart, locateValue, parseInstancePath, type JsonPath, type PositionedTree } from './yaml-positions.js';

export interface SchemaErrorOptions {
  /** Path of the validated value inside the tree (ajv's paths are relative to it). */
  readonly base: JsonPath;
  /** Replaces the code chosen per keyword, e.g. config.provider-settings. */
  readonly code?: string;
  /** Set when validating a provider's settings: words the messages for it. */
  readonly provider?: { readonly name: string; readonly type: string };
}

export interface DescribedSchemaErrors {
  readonly diagnostics: readonly Diagnostic[];
  /** Every path that holds an error or has one below it, each joined with pathSeparator. */
  readonly invalidPaths: ReadonlySet<string>;
}

const pathSeparator = '\u0000';

// ajv reports these after the error of the child they wrap, which says it better.
const alwaysWrapping = new Set(['propertyNames', 'if']);
// These wrap children's errors too, but may also fail on their own.
const wrapperKeywords = new Set(['anyOf', 'oneOf', 'allOf', 'not', 'then', 'else']);

export function describeSchemaErrors(errors: readonly ErrorObject[], tree: PositionedTree, options: SchemaErrorOptions): DescribedSchemaErrors {
  const typeErrorPaths = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const invalidPaths = new Set<string>();
  for (const error of errors) {
    if (alwaysWrapping.has(error.keyword)) continue;
    if (wrapperKeywords.has(error.keyword) && hasChildError(error, errors)) continue;
    if (error.keyword !== 'type' && typeErrorPaths.has(error.instancePath)) continue;
    const params = error.params as Record<string, unknown>;
    const detail = error.propertyName ?? readStringParam(params.additionalProperty) ?? readStringParam(params.missingProperty) ?? '';
    const key = [error.instancePath, error.keyword, detail].join(pathSeparator);
    if (seen.has(key)) continue;
    seen.add(key);
    const path = [...options.base, ...parseInstancePath(error.instancePath)];
    const diagnostic = describeSchemaError(error, path, tree, options);
    diagnostics.push(options.code ? { ...diagnostic, code: options.code } : diagnostic);
    const offender = typeof params.additionalProperty === 'string' ? params.additionalProperty : error.propertyName;
    markInvalid(offender === undefined ? path : [...path, offender], invalidPaths);
  }
  return { diagnostics, invalidPaths };
}

function readStringParam(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function hasChildError(wrapper: ErrorObject, errors: readonly ErrorObject[]): boolean {
  return errors.some((e) => e !== wrapper && !wrapperKeywords.has(e.keyword) && !alwaysWrapping.has(e.keyword) && e.instancePath.startsWith(wrapper.instancePath));
}

function markInvalid(path: JsonPath, invalidPaths: Set<string>): void {
  for (let i = 0; i <= path.length; i++) invalidPaths.add(path.slice(0, i).join(pathSeparator));
}

/** True when the value at `path` and everything below it passed the schema. */
export function isSchemaValid(path: JsonPath, invalidPaths: ReadonlySet<string>): boolean {
  return !invalidPaths.has(path.join(pathSeparator));
}

interface Subject {
  /** Resource address when the path lies in a resource. */
  readonly address: string | undefined;
  /** Path of the resource (or [] outside resources): field names are said relative to it. */
  readonly base: JsonPath;
  /** How the value at the path is called when it is the subject itself. */
  readonly noun: string;
}

function describeSubject(path: JsonPath, tree: PositionedTree, options: SchemaErrorOptions): Subject {
  const [top, kind, name] = path;
  if (top === 'resources' && kind !== undefined && name !== undefined && isResourceKind(kind)) {
    const base = path.slice(0, 3);
    const noun = path.length === 3 ? `${kind} "${name}"` : `field "${formatFieldPath(tree.root, base, path.slice(3))}"`;
    return { address: `${kind}.${name}`, base, noun };
  }
  if (path.length === 0) return { address: undefined, base: [], noun: 'the config' };
  if (top === 'providers' && kind !== undefined && path.length === 2) return { address: undefined, base: [], noun: `provider "${kind}"` };
  if (options.provider && top === 'providers' && kind !== undefined) {
    return { address: undefined, base: [], noun: `setting "${formatFieldPath(tree.root, path.slice(0, 2), path.slice(2))}" of provider "${kind}"` };
  }
  const field = formatFieldPath(tree.root, [], path);
  return { address: undefined, base: [], noun: `field "${field}"` };
}

function describeSchemaError(error: ErrorObject, path: JsonPath, tree: PositionedTree, options: SchemaErrorOptions): Diagnostic {
  const subject = describeSubject(path, tree, options);
  const extra = (range: SourceRange, hint: string | undefined): Parameters<typeof errorDiagnostic>[2] => ({
    range,
    ...(hint === undefined ? {} : { hint }),
    ...(subject.address === undefined ? {} : { address: subject.address }),
  });
  const params = error.params as Record<string, unknown>;
  // Provider settings may hold credentials from ${env:...}: their values are never echoed.
  const shown = (value: unknown): string => (options.provider ? 'the value given (not shown: settings may hold secrets)' : JSON.stringify(value));
  const description = describeSchemaText(error.parentSchema);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = propertyNames(error.parentSchema);
      const { summary, listName } = describeUnknownKey(key, path, subject, tree, options);
      const none = options.provider ? `Provider type ${options.provider.type} takes no settings.` : 'Nothing may be added here.';
      const hint = suggestName(key, allowed, allowed.length > 0 ? `${listName}: ${allowed.join(', ')}.` : none);
      return errorDiagnostic('config.unknown-field', summary, extra(locateKey(tree, [...path, key]), hint));
    }
    case 'required': {
      const missing = String(params.missingProperty);
      const what = describeSchemaText(propertySchema(error.parentSchema, missing));
      const hint = `Add "${missing}".${what === undefined ? '' : ` ${what}`}`;
      const owner = subject.noun.startsWith('field ') ? formatFieldPath(tree.root, subject.base, path.slice(subject.base.length)) : subject.noun;
      return errorDiagnostic('config.missing-field', `${owner} is missing required field "${missing}"`, extra(locateStart(tree, path), hint));
    }
    case 'type': {
      const expected = String(params.type).split(',').map(withArticle).join(' or ');
      return errorDiagnostic('config.wrong-type', `${subject.noun} must be ${expected}, got ${describeJsonType(error.data)}`, extra(locateValue(tree, path), description));
    }
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues.map((v) => String(v)) : [];
      const got = `Got ${shown(error.data)}.`;
      const hint = typeof error.data === 'string' && !options.provider ? suggestName(error.data, allowed, got) : got;
      return errorDiagnostic('config.wrong-type', `${subject.noun} must be one of: ${allowed.join(', ')}`, extra(locateValue(tree, path), hint));
    }
    case 'pattern': {
      const rule = describePattern(String(params.pattern));
      if (error.propertyName !== undefined) {
        const owner = path[0] === 'resources' && path.length === 2 ? 'resource name' : path[0] === 'providers' && path.length === 1 ? 'provider name' : 'key';
        return errorDiagnostic('config.wrong-type', `${owner} "${error.propertyName}" must ${rule}`, extra(locateKey(tree, [...path, error.propertyName]), undefined));
      }
      return errorDiagnostic('config.wrong-type', `${subject.noun} must ${rule}, got ${shown(error.data)}`, extra(locateValue(tree, path), description));
    }
    case 'minLength':
      if (params.limit === 1) return errorDiagnostic('config.wrong-type', `${subject.noun} must not be empty`, extra(locateValue(tree, path), description));
      return errorDiagnostic('config.wrong-type', `${subject.noun} ${error.message ?? 'is invalid'}`, extra(locateValue(tree, path), description));
    default:
      return errorDiagnostic('config.wrong-type', `${subject.noun} ${error.message ?? 'is invalid'}`, extra(locateValue(tree, path), description));
  }
}

function describeUnknownKey(key: string, path: JsonPath, subject: Subject, tree: PositionedTree, options: SchemaErrorOptions): { summary: string; listName: string } {
  if (options.provider && path.length === 2) {
    return { summary: `unknown setting "${key}" for provider "${options.provider.name}" (type ${options.provider.type})`, listName: 'Known settings' };
  }
  if (path.length === 0) return { summary: `unknown top-level field "${key}"`, listName: 'Allowed fields' };
  if (path.length === 1 && path[0] === 'resources') return { summary: `unknown resource kind "${key}"`, listName: 'Resource kinds' };
  if (subject.address !== undefined && path.length === 3) return { summary: `unknown field "${key}" in ${path[1] ?? ''}`, listName: 'Allowed fields' };
  const where = formatFieldPath(tree.root, subject.base, path.slice(subject.base.length));
  return { summary: `unknown field "${key}" in ${where}`, listName: 'Allowed fields' };
}

function withArticle(type: string): string {
  switch (type) {
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    case 'integer':
      return 'an integer';
    case 'null':
      return 'null';
    default:
      return `a ${type}`;
  }
}

function propertyNames(schema: unknown): string[] {
  const properties = isPlainMap(schema) ? schema.properties : undefined;
  return isPlainMap(properties) ? Object.keys(properties) : [];
}

function propertySchema(schema: unknown, name: string): unknown {
  const properties = isPlainMap(schema) ? schema.properties : undefined;
  return isPlainMap(properties) ? properties[name] : undefined;
}

function describeSchemaText(schema: unknown): string | undefined {
  const description = isPlainMap(schema) ? schema.description : undefined;
  return typeof description === 'string' ? description : undefined;
}
