// ${env:NAME} interpolation of one string: `$${env:NAME}` escapes to a literal `${env:NAME}`.
// Knows nothing of YAML; the caller places problems at the scalar.

export interface Interpolation {
  readonly value: string;
  /** Names referred to but unset, in order of appearance, without repeats. */
  readonly unset: readonly string[];
  /** `${env:...}` whose NAME is not a valid variable name, as written. */
  readonly malformed: readonly string[];
}

const reference = /(\$?)\$\{env:([^}]*)\}/g;
const variableName = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function interpolateEnv(text: string, env: Readonly<Record<string, string | undefined>>): Interpolation {
  if (!text.includes('${env:')) return { value: text, unset: [], malformed: [] };
  const unset: string[] = [];
  const malformed: string[] = [];
  const value = text.replace(reference, (match: string, escape: string, name: string) => {
    if (escape === '$') return match.slice(1);
    if (!variableName.test(name)) {
      malformed.push(match);
      return match;
    }
    const found = env[name];
    if (found === undefined) {
      if (!unset.includes(name)) unset.push(name);
      return match;
    }
    return found;
  });
  return { value, unset, malformed };
}
