/**
 * The policy's companion settings (issue 6): approved storage destinations, revocation mode and
 * card session idle time. Existing policies without them stay valid; each problem is named by
 * its JSON Pointer.
 */
import { DEFAULT_POLICY } from '../../../../src/core/policy/default-policy.js';
import { checkPolicy, parsePolicy } from '../../../../src/core/policy/schema.js';

const { storage: _storage, revocation: _revocation, cardSession: _cardSession, ...withoutCompanion } = DEFAULT_POLICY;

test('a policy without the companion sections is still valid', () => {
  expect(checkPolicy(withoutCompanion)).toEqual([]);
});

test('destinations with POSIX, drive and UNC paths and format lists are accepted', () => {
  const policy = parsePolicy({
    ...withoutCompanion,
    storage: { destinations: [
      { name: 'Diariet', path: '/srv/diarium', formats: ['pdf', 'eml'] },
      { name: 'Arkiv C', path: 'C:\\Arkiv' },
      { name: 'Regionens arkiv', path: '\\\\filserver\\arkiv\\inkommande', formats: ['attachments'] },
    ] },
    revocation: { mode: 'hard-fail' },
    cardSession: { idleSeconds: 30 },
  });
  expect(policy.storage?.destinations.map((d) => d.name)).toEqual(['Diariet', 'Arkiv C', 'Regionens arkiv']);
  expect(policy.revocation?.mode).toBe('hard-fail');
});

test.each([
  [{ destinations: [{ name: 'Rel', path: 'arkiv/inkommande' }] }, '/storage/destinations/0/path'],
  [{ destinations: [{ name: 'Fmt', path: '/srv/a', formats: ['docx'] }] }, '/storage/destinations/0/formats/0'],
  [{ destinations: [{ name: '', path: '/srv/a' }] }, '/storage/destinations/0/name'],
  [{ destinations: [{ name: 'X', path: '/srv/a', extra: true }] }, '/storage/destinations/0/extra'],
  [{}, '/storage/destinations'],
])('storage %j is refused at %s', (storage, pointer) => {
  const problems = checkPolicy({ ...withoutCompanion, storage });
  expect(problems.map((p) => p.path)).toContain(pointer);
  expect(() => parsePolicy({ ...withoutCompanion, storage })).toThrow(pointer);
});

test('revocation and card session values outside their range are refused by path', () => {
  expect(checkPolicy({ ...withoutCompanion, revocation: { mode: 'sometimes' } }).map((p) => p.path)).toEqual(['/revocation/mode']);
  expect(checkPolicy({ ...withoutCompanion, cardSession: { idleSeconds: 1 } }).map((p) => p.path)).toEqual(['/cardSession/idleSeconds']);
});
