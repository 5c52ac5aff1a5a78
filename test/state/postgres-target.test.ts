// state.url: parsed into what may be shown (never the password), and node-postgres's errors
// turned into diagnostics at the url's place, scrubbed of the password.
import { describe, expect, it } from 'vitest';
import { describePostgresError } from '../../src/state/postgres/describe-postgres-error.js';
import { parsePostgresTarget, type PostgresTarget } from '../../src/state/postgres/postgres-target.js';

const urlRange = { file: 'mosaic.yaml', line: 4, column: 8 };
const parse = (url: string) => parsePostgresTarget({ url, schema: 'mosaic', urlRange });

describe('parsePostgresTarget', () => {
  it('describes the target without its password', () => {
    expect(parse('postgres://ci:p%40ss@db.example:6432/infra?sslmode=require').value).toMatchObject({ where: 'ci@db.example:6432/infra', password: 'p@ss' });
    expect(parse('postgresql://ci@db/infra').value?.where).toBe('ci@db:5432/infra');
  });

  it('refuses what is not a PostgreSQL URL, at the url, without showing it', () => {
    for (const [url, why] of [
      ['db.example:5432', 'its scheme is db.example, not postgres'],
      ['not a url', 'it is not a URL'],
      ['mysql://u:secret@h/x', 'its scheme is mysql, not postgres'],
      ['postgres:///x', 'it names no host'],
    ] as const) {
      const diagnostic = parse(url).diagnostics[0];
      expect(diagnostic).toMatchObject({ code: 'state.bad-url', summary: `state.url is not a PostgreSQL connection URL: ${why}`, range: urlRange });
      expect(JSON.stringify(diagnostic)).not.toContain('secret');
    }
  });
});

describe('describePostgresError', () => {
  const target = parse('postgres://ci:hunter2@db.example:5432/infra').value as PostgresTarget;
  it('explains a rejected password, an unreachable server and a missing database, scrubbed', () => {
    const auth = Object.assign(new Error('password authentication failed for user "ci" (hunter2)'), { code: '28P01' });
    expect(describePostgresError(auth, target)).toMatchObject({
      code: 'state.postgres-auth',
      summary: 'cannot log in to the PostgreSQL state backend ci@db.example:5432/infra: password authentication failed for user "ci" (***)',
      range: urlRange,
    });
    expect(describePostgresError(Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:5432'), { code: 'ECONNREFUSED' }), target).summary).toBe(
      'cannot reach the PostgreSQL state backend ci@db.example:5432/infra: connection refused (nothing listens there)',
    );
    expect(describePostgresError(new Error('Connection terminated due to connection timeout'), target).code).toBe('state.postgres-unreachable');
    expect(describePostgresError(Object.assign(new Error('database "infra" does not exist'), { code: '3D000' }), target).code).toBe('state.postgres-no-database');
    expect(describePostgresError(Object.assign(new Error('permission denied for database infra'), { code: '42501' }), target).code).toBe('state.postgres-permission');
  });
});
