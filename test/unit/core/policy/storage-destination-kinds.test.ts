/**
 * The policy's destination kinds (issue 8): the folder form as before (kind optional), a Graph
 * document library (`graph-drive`) and the registrar. Each problem is reported against the field of
 * the form its `kind` names, not as "matches none of several forms".
 */
import { DEFAULT_POLICY } from '../../../../src/core/policy/default-policy.js';
import { checkPolicy, parsePolicy } from '../../../../src/core/policy/schema.js';
import { destinationKind } from '../../../../src/core/policy/types.js';

const { storage: _storage, ...base } = DEFAULT_POLICY;
const CERT = 'MII'.padEnd(398, 'A') + '==';

const withDestinations = (destinations: unknown[]) => ({ ...base, storage: { destinations } });

test('folder (with and without kind), graph-drive (me and a drive id) and registrar (pinned or not) are accepted', () => {
  const policy = parsePolicy(withDestinations([
    { name: 'Arkiv', path: '/srv/arkiv' },
    { kind: 'folder', name: 'Share', path: '\\\\filserver\\arkiv', formats: ['pdf'] },
    { kind: 'graph-drive', name: 'Min OneDrive', drive: 'me', folder: 'Kuvert' },
    { kind: 'graph-drive', name: 'Diariet (SharePoint)', drive: 'b!0123abcDEF_-xyz', folder: 'Diarium/Inkommande', formats: ['eml', 'pdf'] },
    { kind: 'registrar', name: 'Registrator', address: 'registrator@kommun.se' },
    { kind: 'registrar', name: 'Registrator (fäst)', address: 'registrator@kommun.se', certificate: CERT },
  ]));
  expect(policy.storage?.destinations.map(destinationKind)).toEqual(['folder', 'folder', 'graph-drive', 'graph-drive', 'registrar', 'registrar']);
});

test.each([
  [{ kind: 'graph-drive', name: 'D', folder: 'A' }, '/storage/destinations/0/drive'],
  [{ kind: 'graph-drive', name: 'D', drive: 'me' }, '/storage/destinations/0/folder'],
  [{ kind: 'graph-drive', name: 'D', drive: 'me', folder: '/Diarium' }, '/storage/destinations/0/folder'],
  [{ kind: 'graph-drive', name: 'D', drive: 'me', folder: 'Diarium/../Annat' }, '/storage/destinations/0/folder'],
  [{ kind: 'graph-drive', name: 'D', drive: 'me', folder: 'Diarium//In' }, '/storage/destinations/0/folder'],
  [{ kind: 'graph-drive', name: 'D', drive: 'me', folder: 'Dia:rium' }, '/storage/destinations/0/folder'],
  [{ kind: 'graph-drive', name: 'D', drive: 'drives/x', folder: 'A' }, '/storage/destinations/0/drive'],
  [{ kind: 'graph-drive', name: 'D', drive: 'me', folder: 'A', path: '/srv' }, '/storage/destinations/0/path'],
  [{ kind: 'graph-drive', name: 'D', drive: 'me', folder: 'A', formats: ['docx'] }, '/storage/destinations/0/formats/0'],
  [{ kind: 'registrar', name: 'R' }, '/storage/destinations/0/address'],
  [{ kind: 'registrar', name: 'R', address: 'not an address' }, '/storage/destinations/0/address'],
  [{ kind: 'registrar', name: 'R', address: 'r@kommun.se', certificate: '-----BEGIN CERTIFICATE-----' }, '/storage/destinations/0/certificate'],
  [{ kind: 'registrar', name: 'R', address: 'r@kommun.se', formats: ['eml'] }, '/storage/destinations/0/formats'],
  [{ kind: 'folder', name: 'F', drive: 'me', folder: 'A' }, '/storage/destinations/0/path'],
  [{ kind: 'ftp', name: 'F', path: '/srv' }, '/storage/destinations/0/kind'],
])('%j is refused at %s, and only there', (destination, pointer) => {
  const problems = checkPolicy(withDestinations([destination]));
  expect(problems.map((p) => p.path)).toContain(pointer);
  // no "must match then schema" noise: every problem names a field of the destination
  for (const problem of problems) expect(problem.path.startsWith('/storage/destinations/0/')).toBe(true);
  expect(() => parsePolicy(withDestinations([destination]))).toThrow(pointer);
});

test('a problem in the second destination names index 1', () => {
  const problems = checkPolicy(withDestinations([{ name: 'Ok', path: '/srv/ok' }, { kind: 'registrar', name: 'R', address: 'x' }]));
  expect(problems.map((p) => p.path)).toEqual(['/storage/destinations/1/address']);
});

test('security: a drive id of dots is refused (it would be a ".." URL segment)', () => {
  for (const drive of ['..', '.', '.hidden']) {
    expect(checkPolicy(withDestinations([{ kind: 'graph-drive', name: 'D', drive, folder: 'A' }])).map((p) => p.path)).toEqual(['/storage/destinations/0/drive']);
  }
});
