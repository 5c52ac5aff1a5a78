// The regular expressions of schemas/ said in words, for messages a user can act on.

const knownPatterns: ReadonlyMap<string, string> = new Map([
  ['^[A-Za-z0-9][A-Za-z0-9_-]*$', 'be made of letters, digits, "_" and "-", starting with a letter or digit'],
  ['^[A-Za-z0-9._-]+$', 'be made of letters, digits, ".", "_" and "-"'],
  ['^[a-z0-9][a-z0-9-]{0,49}$', 'be made of lowercase letters, digits and "-", starting with a letter or digit, at most 50 characters'],
  ['^[^\\s~^:?*\\[\\\\]+$', 'be a git branch name: no spaces and none of ~ ^ : ? * [ \\'],
  ['^[^/].*[^/]$', 'be a relative path that neither starts nor ends with "/"'],
  ['^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9_-]*$', 'be a resource address KIND.NAME, e.g. repository.api'],
]);

/** What a value must do to match: "be made of letters, ..." or "match the pattern /.../". */
export function describePattern(pattern: string): string {
  return knownPatterns.get(pattern) ?? `match the pattern /${pattern}/`;
}
