// An in-process `mosaic apply` held at its approval prompt. apply takes the state lock before
// it plans and keeps it while it asks, so from the prompt until the test answers the run holds
// the lock: lock tests wait for that condition instead of hoping a busy run still holds it.
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { testIo, type CliOptions, type CliResult } from '../cli/cli-harness.js';

const PROMPT = 'Enter a value: ';

export interface ApplyAtPrompt {
  /** Resolves once the run asks for approval, holding the lock; rejects if it ends first. */
  readonly asking: Promise<void>;
  /** Answers the prompt ("yes" applies, anything else cancels); later answers are ignored. */
  answer(text: string): void;
  readonly done: Promise<CliResult>;
}

/** `mosaic apply ARGS` in this process, with a standard input that claims to be a terminal. */
export function startApplyAtPrompt(args: readonly string[], options: CliOptions): ApplyAtPrompt {
  const stdin = new PassThrough();
  const { io, stdout, stderr } = testIo(['apply', ...args], { ...options, tty: { ...options.tty, stdin: true } });
  let prompted = (): void => undefined;
  const shown = new Promise<void>((resolve) => (prompted = resolve));
  const watchedStdout = {
    write: (text: string) => {
      io.stdout.write(text);
      if (stdout().includes(PROMPT)) prompted();
      return true;
    },
  };
  const done = main({ ...io, stdin, stdout: watchedStdout }).then((code) => ({ code, stdout: stdout(), stderr: stderr() }));
  const ended = done.then((result) => {
    throw new Error(`mosaic apply exited with ${String(result.code)} before asking for approval:\n${result.stderr}`);
  });
  return {
    asking: Promise.race([shown, ended]),
    answer: (text) => {
      if (!stdin.writableEnded) stdin.end(`${text}\n`);
    },
    done,
  };
}
