import { describe, expect, it } from 'vitest';
import { createTerminal } from '../../src/cli/terminal.js';
import { testIo } from './cli-harness.js';

describe('terminal: internal errors', () => {
  const capture = (error: unknown, env: Record<string, string> = {}): string => {
    const { io, stderr } = testIo([], { cwd: '/', env });
    createTerminal(io).printInternalError(error);
    return stderr();
  };

  it('turns a permission or disk failure into a message with a hint and no stack', () => {
    const error = Object.assign(new Error("EACCES: permission denied, open '/srv/state/mosaic.lock'"), { code: 'EACCES' });
    expect(capture(error)).toBe("error: EACCES: permission denied, open '/srv/state/mosaic.lock'\n  Check that this user may write there, or point state.path / the provider root elsewhere.\n");
  });

  it('reports a bug in one line, with the stack only under MOSAIC_DEBUG=1', () => {
    const plain = capture(new Error('boom'));
    expect(plain).toContain('error: internal error: boom');
    expect(plain).not.toMatch(/^\s+at /m);
    expect(capture(new Error('boom'), { MOSAIC_DEBUG: '1' })).toMatch(/^\s+at /m);
  });
});

describe('terminal: output', () => {
  it('colours stdout only on a terminal, never with NO_COLOR', () => {
    const colour = (tty: boolean, env: Record<string, string> = {}) => createTerminal(testIo([], { cwd: '/', env, tty: { stdout: tty } }).io).style.red('x');
    expect(colour(false)).toBe('x');
    expect(colour(true)).not.toBe('x');
    expect(colour(true, { NO_COLOR: '1' })).toBe('x');
  });

  it('leaves the stacks of diagnostics out of JSON', () => {
    const { io, stdout } = testIo([], { cwd: '/' });
    createTerminal(io).printJson({ diagnostics: [{ code: 'provider.error', summary: 'boom', stack: 'Error: boom\n    at x' }] });
    expect(JSON.parse(stdout())).toEqual({ diagnostics: [{ code: 'provider.error', summary: 'boom' }] });
  });

  it('asks for approval on standard input and takes only "yes"', async () => {
    const ask = async (input: string) => createTerminal(testIo([], { cwd: '/', input }).io).askApproval('Go?');
    expect(await ask('yes\n')).toBe(true);
    expect(await ask('y\n')).toBe(false);
    expect(await ask('')).toBe(false);
  });
});
