// Where each CI engine keeps its file in a repository; the engine of a pipeline is not
// stored, it is inferred from the path.
import { ProviderError } from '../../src/resources/provider-contract.js';

export const pipelineEngines = ['github-actions', 'woodpecker', 'jenkins', 'gitlab-ci'] as const;
export type PipelineEngine = (typeof pipelineEngines)[number];

const enginePaths: readonly (readonly [RegExp, PipelineEngine])[] = [
  [/^\.github\/workflows\/[^/]+\.ya?ml$/, 'github-actions'],
  [/^\.woodpecker\.ya?ml$/, 'woodpecker'],
  [/^\.woodpecker\/[^/]+\.ya?ml$/, 'woodpecker'],
  [/^Jenkinsfile$/, 'jenkins'],
  [/^\.gitlab-ci\.yml$/, 'gitlab-ci'],
];

const fixedPaths: ReadonlyMap<string, string> = new Map<PipelineEngine, string>([
  ['jenkins', 'Jenkinsfile'],
  ['gitlab-ci', '.gitlab-ci.yml'],
]);

/** The engine whose CI file lives at `path`; undefined for a path no engine reads. */
export function inferEngine(path: string): PipelineEngine | undefined {
  return enginePaths.find(([pattern]) => pattern.test(path))?.[1];
}

/** The one path an engine allows (Jenkinsfile, .gitlab-ci.yml); undefined where it allows many. */
export function defaultPipelinePath(engine: string | undefined): string | undefined {
  return engine === undefined ? undefined : fixedPaths.get(engine);
}

/** The path a pipeline's file goes to: its own, or the one its engine fixes. */
export function choosePipelinePath(engine: string | undefined, path: string | undefined): string {
  const chosen = path ?? defaultPipelinePath(engine);
  if (chosen === undefined) {
    throw new ProviderError(
      'local.invalid-spec',
      `A ${engine ?? ''} pipeline needs \`path\``,
      'Set `path`, e.g. .github/workflows/ci.yml or .woodpecker/ci.yml.',
    );
  }
  return chosen;
}

/** Fails unless `path` is where `engine` reads its CI file, so a later list finds it again. */
export function assertEnginePath(engine: string | undefined, path: string): void {
  const inferred = inferEngine(path);
  if (inferred !== undefined && (engine === undefined || engine === inferred)) return;
  throw new ProviderError(
    'local.invalid-path',
    `"${path}" is not where a ${engine ?? 'CI'} pipeline file lives`,
    'Use .github/workflows/NAME.yml (github-actions), .woodpecker.yml or .woodpecker/NAME.yml (woodpecker), Jenkinsfile (jenkins) or .gitlab-ci.yml (gitlab-ci).',
  );
}
