// The default branch of an exhaustive switch: a value the types say cannot exist. Reaching it
// at run time means data from outside the types (a newer file, a bug), so it throws.
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
