/**
 * Pairings on disk: last-used times are recorded, a revocation written by another process is seen
 * by the running store at once, and a damaged pairings file trusts no one.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { listPairings, pairingsFile, revokePairings } from '../../../src/companion/server/pairing-file.js';
import { PairingStore } from '../../../src/companion/server/pairing.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kuvert-pairing-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function paired(store: PairingStore, origin: string, codes: string[]): string {
  const { pairingId } = store.start(origin);
  return store.confirm(origin, pairingId, codes.at(-1)!);
}

test('last used is recorded; revoke by id is honoured by the running store; a damaged file trusts no one', async () => {
  const codes: string[] = [];
  const store = await PairingStore.load(dir, undefined, (_origin, code) => codes.push(code));
  const a = paired(store, 'https://a.example', codes);
  const b = paired(store, 'https://b.example', codes);
  expect(listPairings(dir).map((p) => [p.origin, p.lastUsed])).toEqual([['https://a.example', undefined], ['https://b.example', undefined]]);
  expect(store.isAuthorized('https://a.example', `Bearer ${a}`)).toBe(true);
  expect(store.isAuthorized('https://b.example', `Bearer ${a}`)).toBe(false);
  store.flush();
  const [first] = listPairings(dir);
  expect(Date.parse(first?.lastUsed ?? '')).not.toBeNaN();

  revokePairings(dir, [first!.id]);
  expect(store.isAuthorized('https://a.example', `Bearer ${a}`)).toBe(false);
  expect(store.isAuthorized('https://b.example', `Bearer ${b}`)).toBe(true);

  await writeFile(pairingsFile(dir), '{ damaged');
  expect(store.isAuthorized('https://b.example', `Bearer ${b}`)).toBe(false);
});
