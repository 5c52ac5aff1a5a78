import { describe, expect, it } from 'vitest';
import { listOwnership } from '../../src/resources/resource-kind.js';
import { compactSpec, specReaders } from '../../src/resources/spec-values.js';

const { readString, readInteger, readObjectList, readStringMap } = specReaders('acme');

describe('typed reads of a spec for plugins', () => {
  it('reads what is there, treats absent and null as unmanaged, and names the plugin in a mismatch', () => {
    expect(readString({ name: 'api' }, 'name')).toBe('api');
    expect(readString({ name: null }, 'name')).toBeUndefined();
    expect(readInteger({}, 'n')).toBeUndefined();
    expect(() => readInteger({ n: 1.5 }, 'n')).toThrow(expect.objectContaining({ code: 'acme.invalid-spec', message: '`n` must be a whole number' }));
    expect(() => readObjectList({ webhooks: [{ url: 'x' }, 3] }, 'webhooks')).toThrow('`webhooks[1]` must be a mapping');
    expect(readStringMap({ collaborators: { alice: 'write' } }, 'collaborators')).toEqual(new Map([['alice', 'write']]));
    expect(() => readStringMap({ collaborators: { alice: 1 } }, 'collaborators')).toThrow('`collaborators.alice` must be a string');
    expect(compactSpec({ a: 1, b: undefined })).toEqual({ a: 1 });
  });

  it('gives each list setting its declared ownership or the default', () => {
    expect(listOwnership('repository', {}, 'webhooks')).toBe('exclusive');
    expect(listOwnership('repository', {}, 'collaborators')).toBe('additive');
    expect(listOwnership('repository', { ownership: { collaborators: 'exclusive' } }, 'collaborators')).toBe('exclusive');
    expect(() => listOwnership('repository', {}, 'description')).toThrow();
  });
});
