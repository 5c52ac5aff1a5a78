// Finds and reads the files of a config: one YAML file, or every *.yaml/*.yml file directly
// in a directory, sorted by name. Parsing is not its business.
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { errorDiagnostic, type Result } from '../diagnostics/diagnostic.js';

export interface ConfigSource {
  /** Absolute path. */
  readonly path: string;
  /** The path as the user gave it, joined with the file name when they gave a directory. */
  readonly displayPath: string;
  readonly text: string;
}

export interface ConfigSources {
  /** Absolute folder of the config. */
  readonly dir: string;
  readonly files: readonly ConfigSource[];
}

const yamlFile = /\.ya?ml$/i;

/** `path` as the user gave it, relative to `cwd`. */
export async function readConfigFiles(path: string, cwd: string): Promise<Result<ConfigSources>> {
  const absolute = resolve(cwd, path);
  let isDirectory: boolean;
  try {
    const info = await stat(absolute);
    if (!info.isDirectory() && !info.isFile()) return notFound(path);
    isDirectory = info.isDirectory();
  } catch (error) {
    if (isMissing(error)) return notFound(path);
    return readFailure(path, error);
  }
  if (!isDirectory) {
    const file = await readSource(absolute, path);
    return file.value ? { value: { dir: dirname(absolute), files: [file.value] }, diagnostics: [] } : { value: undefined, diagnostics: file.diagnostics };
  }
  const names = await listYamlFiles(absolute);
  if (names.length === 0) {
    const summary = `no configuration files in ${path}`;
    const hint = `mosaic reads every *.yaml and *.yml file directly in the directory. Create ${join(path, 'mosaic.yaml')} or pass the path of a config file.`;
    return { value: undefined, diagnostics: [errorDiagnostic('config.no-files', summary, { hint })] };
  }
  const files: ConfigSource[] = [];
  for (const name of names) {
    const file = await readSource(join(absolute, name), join(path, name));
    if (!file.value) return { value: undefined, diagnostics: file.diagnostics };
    files.push(file.value);
  }
  return { value: { dir: absolute, files }, diagnostics: [] };
}

async function listYamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names: string[] = [];
  for (const entry of entries) {
    // Dot-files are editors' and tools' business (backups, locks), as in Terraform.
    if (entry.name.startsWith('.') || !yamlFile.test(entry.name)) continue;
    if (entry.isFile()) names.push(entry.name);
    else if (entry.isSymbolicLink() && (await stat(join(dir, entry.name)).catch(() => undefined))?.isFile()) names.push(entry.name);
  }
  return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function readSource(absolute: string, displayPath: string): Promise<Result<ConfigSource>> {
  try {
    const text = await readFile(absolute, 'utf8');
    return { value: { path: absolute, displayPath, text }, diagnostics: [] };
  } catch (error) {
    return readFailure(displayPath, error);
  }
}

function notFound<T>(path: string): Result<T> {
  const hint = 'Pass the path of a mosaic.yaml file or of a directory of *.yaml files (default: the current directory).';
  return { value: undefined, diagnostics: [errorDiagnostic('config.not-found', `config path ${path} does not exist`, { hint })] };
}

function readFailure<T>(path: string, error: unknown): Result<T> {
  const reason = error instanceof Error ? error.message : String(error);
  const hint = 'Check that the file exists and is readable.';
  return { value: undefined, diagnostics: [errorDiagnostic('config.read-error', `cannot read ${path}: ${reason}`, { hint })] };
}

function isMissing(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
