/** `kuvert companion pairings [revoke ID|--all]`: the add-ins paired with this user's companion. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { KuvertError } from '../../core/errors.js';
import { EXIT_OK, type Command } from '../command.js';
import { defaultStateDir } from '../../companion/companion-config.js';
import { listPairings, revokePairings } from '../../companion/server/pairing-file.js';

const help = `Usage: kuvert companion pairings [--state-dir DIR] [--json]
       kuvert companion pairings revoke ID... | --all [--state-dir DIR]

Lists the add-ins paired with the companion (id, origin, when paired, when last used), or revokes
pairings. A running companion honours a revocation at once: the add-in's next call is refused
(401 NOT_PAIRED) and it has to pair again with a new code.

Options:
  --state-dir DIR    the companion's state directory (default: the user's profile)
  --all              revoke every pairing
  --json             list as JSON
  -h, --help         this text`;

export const companionPairingsCommand: Command = {
  name: 'companion pairings',
  summary: 'list or revoke the add-ins paired with the companion',
  help,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args], strict: true, allowPositionals: true,
      options: { 'state-dir': { type: 'string' }, all: { type: 'boolean' }, json: { type: 'boolean' } },
    });
    const stateDir = path.resolve(io.cwd, values['state-dir'] ?? defaultStateDir(io.env));
    const [action, ...ids] = positionals;
    if (action === undefined) {
      if (values.all) throw new KuvertError('USAGE', '--all goes with revoke');
      const pairings = listPairings(stateDir);
      if (values.json) {
        await io.writeStdout(`${JSON.stringify(pairings.map(({ id, origin, created, lastUsed }) => ({ id, origin, created, lastUsed: lastUsed ?? null })), null, 2)}\n`);
        return EXIT_OK;
      }
      if (pairings.length === 0) {
        await io.writeStdout('No add-in is paired.\n');
        return EXIT_OK;
      }
      const lines = pairings.map((p) => `${p.id}  ${p.origin}  paired ${p.created}  last used ${p.lastUsed ?? 'never'}`);
      await io.writeStdout(`${lines.join('\n')}\n`);
      return EXIT_OK;
    }
    if (action !== 'revoke') throw new KuvertError('USAGE', `unknown action ${action}: list (no action) or revoke`);
    if (values.all === (ids.length > 0)) throw new KuvertError('USAGE', 'revoke takes pairing ids or --all (not both)');
    for (const id of ids) if (!/^[0-9a-f]{12}$/u.test(id)) throw new KuvertError('USAGE', `${id} is not a pairing id (12 hex digits)`);
    const removed = revokePairings(stateDir, values.all ? 'all' : ids);
    io.writeStderr(`kuvert companion: revoked ${removed.length} pairing${removed.length === 1 ? '' : 's'}${removed.length ? `: ${removed.map((p) => p.origin).join(', ')}` : ''}`);
    return EXIT_OK;
  },
};
