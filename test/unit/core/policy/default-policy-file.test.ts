/**
 * policies/default.json is the shipped copy of DEFAULT_POLICY. Run with KUVERT_WRITE_POLICY=1 to
 * regenerate it; otherwise the test fails whenever the two differ, so they cannot drift apart.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_POLICY } from '../../../../src/core/policy/default-policy.js';
import { checkPolicy } from '../../../../src/core/policy/schema.js';

const file = path.resolve(__dirname, '..', '..', '..', '..', 'policies', 'default.json');
const expected = `${JSON.stringify(DEFAULT_POLICY, null, 2)}\n`;

describe('policies/default.json', () => {
  if (process.env['KUVERT_WRITE_POLICY'] === '1') writeFileSync(file, expected);
  it('is DEFAULT_POLICY, byte for byte (regenerate: KUVERT_WRITE_POLICY=1 npx jest default-policy-file)', () => {
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });
  it('passes the policy schema', () => {
    expect(checkPolicy(JSON.parse(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
