// The protocol's destination kinds and render messages (issue 8): each kind's fields, a companion
// that sends no kind read as a folder, unknown kinds and stray fields refused with the path named.
import { destinationsResponse, renderRequest, renderResponse } from '../../../src/protocol/index.js';

test('each kind parses with its own fields; no kind means a folder', () => {
  const parsed = destinationsResponse.parse({
    destinations: [
      { name: 'Gammal' },
      { kind: 'folder', name: 'Arkiv', formats: ['pdf'] },
      { kind: 'graph-drive', name: 'SP', drive: 'b!x_Y-1', folder: 'A/B' },
      { kind: 'registrar', name: 'R', address: 'r@kommun.se', certificate: 'MIIB' },
    ],
  });
  expect(parsed.destinations.map((d) => d.kind ?? 'folder')).toEqual(['folder', 'folder', 'graph-drive', 'registrar']);
});

test.each([
  [{ kind: 'ftp', name: 'X' }, 'destinations[0].kind'],
  [{ kind: 'graph-drive', name: 'X', drive: 'me' }, 'destinations[0].folder'],
  [{ kind: 'graph-drive', name: 'X', drive: '../x', folder: 'A' }, 'destinations[0].drive'],
  [{ kind: 'graph-drive', name: 'X', drive: '..', folder: 'A' }, 'destinations[0].drive'],
  [{ kind: 'registrar', name: 'X', address: 'r@k.se', certificate: 'not base64!' }, 'destinations[0].certificate'],
  [{ kind: 'registrar', name: 'X', address: 'r@k.se', path: '/srv' }, 'destinations[0].path'],
  [{ name: 'X', drive: 'me' }, 'destinations[0].drive'],
])('%j is refused at %s', (destination, path) => {
  expect(() => destinationsResponse.parse({ destinations: [destination] })).toThrow(path);
});

test('render request and response are closed and typed', () => {
  expect(renderRequest.parse({ destination: 'SP', messageId: '<m@x>', user: 'u', message: 'AA==' })).toEqual({ destination: 'SP', messageId: '<m@x>', user: 'u', message: 'AA==' });
  expect(() => renderRequest.parse({ destination: 'SP', messageId: 'm', user: 'u', message: 'AA==', path: '/tmp' })).toThrow('path');
  expect(() => renderResponse.parse({ folder: 'f', files: [{ name: 'a', data: 'AA==', sha256: 'x', bytes: 1 }] })).toThrow('files[0].sha256');
});
