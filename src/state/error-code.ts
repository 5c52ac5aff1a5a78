// Recognises Node's system errors (ENOENT, EEXIST, ESRCH, ...) by their code.

export function hasErrorCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
