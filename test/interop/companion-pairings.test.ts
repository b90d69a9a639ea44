/**
 * The user lists and revokes pairings with `kuvert companion pairings` (the built CLI, a separate
 * process) while the companion runs; the running companion honours a revocation at once: the
 * revoked add-in's very next request is 401 NOT_PAIRED, other pairings keep working.
 */
import { runKuvert, runKuvertOk } from '../helpers/kuvert-cli.js';
import { ADDIN, OTHER_ADDIN, startCompanion, type Companion } from '../unit/companion/companion-fixture.js';

jest.setTimeout(120_000);

let companion: Companion;

beforeAll(async () => {
  companion = await startCompanion([], []);
});

afterAll(async () => {
  await companion?.dispose();
});

/** Pairs `origin` the way the add-in and the user do: start, read the code on the console, confirm. */
async function pair(origin: string): Promise<string> {
  const started = await companion.request('POST', '/v1/pairing', { origin, token: null, body: {} });
  const { pairingId } = started.json() as { pairingId: string };
  const line = companion.log.filter((entry) => entry.startsWith(`Pairing code for ${origin}: `)).at(-1)!;
  const code = line.slice(-6);
  const confirmed = await companion.request('POST', '/v1/pairing/confirm', { origin, token: null, body: { pairingId, code } });
  expect(confirmed.status).toBe(200);
  return (confirmed.json() as { token: string }).token;
}

interface Listed { id: string; origin: string; created: string; lastUsed: string | null }

const list = async (): Promise<Listed[]> => JSON.parse((await runKuvertOk(['companion', 'pairings', '--state-dir', companion.stateDir, '--json'])).toString('utf8')) as Listed[];

test('list shows origin, created and id; revoke ID cuts that add-in off at once; --all the rest', async () => {
  const first = await pair(ADDIN);
  const second = await pair(OTHER_ADDIN);
  expect((await companion.request('GET', '/v1/status', { token: first })).status).toBe(200);
  expect((await companion.request('GET', '/v1/status', { origin: OTHER_ADDIN, token: second })).status).toBe(200);

  const listed = await list();
  expect(listed.map((p) => p.origin)).toEqual([ADDIN, OTHER_ADDIN]);
  for (const entry of listed) {
    expect(entry.id).toMatch(/^[0-9a-f]{12}$/u);
    expect(Date.parse(entry.created)).not.toBeNaN();
  }
  const text = (await runKuvertOk(['companion', 'pairings', '--state-dir', companion.stateDir])).toString('utf8');
  expect(text).toContain(`${listed[0]!.id}  ${ADDIN}  paired `);

  await runKuvertOk(['companion', 'pairings', 'revoke', listed[0]!.id, '--state-dir', companion.stateDir]);
  const refused = await companion.request('GET', '/v1/status', { token: first });
  expect([refused.status, refused.json()['code']]).toEqual([401, 'NOT_PAIRED']);
  expect((await companion.request('GET', '/v1/status', { origin: OTHER_ADDIN, token: second })).status).toBe(200);
  expect((await list()).map((p) => p.origin)).toEqual([OTHER_ADDIN]);

  await runKuvertOk(['companion', 'pairings', 'revoke', '--all', '--state-dir', companion.stateDir]);
  expect((await companion.request('GET', '/v1/status', { origin: OTHER_ADDIN, token: second })).status).toBe(401);
  expect(await list()).toEqual([]);
  // The pre-provisioned token (managed deployments) is not a pairing and still works.
  expect((await companion.request('GET', '/v1/status')).status).toBe(200);
});

test('a new pairing after a revocation is kept; the companion never resurrects a revoked one', async () => {
  const token = await pair(ADDIN);
  expect((await list()).map((p) => p.origin)).toEqual([ADDIN]);
  await runKuvertOk(['companion', 'pairings', 'revoke', '--all', '--state-dir', companion.stateDir]);
  const again = await pair(OTHER_ADDIN);
  expect((await list()).map((p) => p.origin)).toEqual([OTHER_ADDIN]);
  expect((await companion.request('GET', '/v1/status', { token })).status).toBe(401);
  expect((await companion.request('GET', '/v1/status', { origin: OTHER_ADDIN, token: again })).status).toBe(200);
});

test('usage errors: unknown id, id and --all together, a malformed id', async () => {
  const unknown = await runKuvert(['companion', 'pairings', 'revoke', '0123456789ab', '--state-dir', companion.stateDir]);
  expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining('NOT_FOUND')]);
  expect((await runKuvert(['companion', 'pairings', 'revoke', '0123456789ab', '--all', '--state-dir', companion.stateDir])).code).toBe(1);
  expect((await runKuvert(['companion', 'pairings', 'revoke', '../x', '--state-dir', companion.stateDir])).code).toBe(1);
});
