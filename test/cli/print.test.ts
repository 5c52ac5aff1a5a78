import { afterEach, describe, expect, it, vi } from 'vitest';
import { printInternalError } from '../../src/cli/print.js';

describe('printInternalError', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    delete process.env['MOSAIC_DEBUG'];
  });

  const capture = (error: unknown): string => {
    let out = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
    printInternalError(error);
    return out;
  };

  it('turns a permission or disk failure into a message with a hint and no stack', () => {
    const error = Object.assign(new Error("EACCES: permission denied, open '/srv/state/mosaic.lock'"), { code: 'EACCES' });
    const out = capture(error);
    expect(out).toBe("error: EACCES: permission denied, open '/srv/state/mosaic.lock'\n  Check that this user may write there, or point state.path / the provider root elsewhere.\n");
  });

  it('reports a bug in one line, with the stack only under MOSAIC_DEBUG=1', () => {
    const plain = capture(new Error('boom'));
    expect(plain).toContain('error: internal error: boom');
    expect(plain).not.toMatch(/^\s+at /m);
    vi.restoreAllMocks();
    process.env['MOSAIC_DEBUG'] = '1';
    expect(capture(new Error('boom'))).toMatch(/^\s+at /m);
  });
});
