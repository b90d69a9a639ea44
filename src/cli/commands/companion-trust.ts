/** `kuvert companion trust [--remove]`: trust (or stop trusting) the companion's local CA for this user. */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT_OK, type Command } from '../command.js';
import { defaultStateDir } from '../../companion/companion-config.js';
import { ensureLocalTls } from '../../companion/server/local-tls.js';
import { trustLocalCa, untrustLocalCa } from '../../companion/server/os-trust.js';

const help = `Usage: kuvert companion trust [--remove] [--state-dir DIR]

Makes the browsers of this user trust the companion's local CA, so the add-in can call
https://127.0.0.1:PORT without a certificate warning. No administrator rights are needed:
  Linux    the NSS database ~/.pki/nssdb (Chromium, Chrome, Edge) and every Firefox profile,
           with certutil from libnss3-tools
  Windows  the current user's Root store (certutil -user -addstore Root; Windows asks to confirm)
  macOS    the login keychain (security add-trusted-cert)
The CA is made first when the state directory has none. The CA can sign only certificates for
this machine's loopback names (path length 0, kept owner-only in the state directory).

Options:
  --remove           remove the CA from those stores again
  --state-dir DIR    the companion's state directory (default: the user's profile)
  -h, --help         this text`;

export const companionTrustCommand: Command = {
  name: 'companion trust',
  summary: 'trust the companion\'s local CA in this user\'s browsers (or --remove)',
  help,
  async run(args, io) {
    const { values } = parseArgs({ args: [...args], strict: true, allowPositionals: false, options: { remove: { type: 'boolean' }, 'state-dir': { type: 'string' } } });
    const stateDir = path.resolve(io.cwd, values['state-dir'] ?? defaultStateDir(io.env));
    const tls = await ensureLocalTls(stateDir);
    const home = io.env['HOME'] ?? io.env['USERPROFILE'] ?? os.homedir();
    const report = values.remove ? await untrustLocalCa(tls.caCertPath, { home }) : await trustLocalCa(tls.caCertPath, { home });
    const verb = values.remove ? 'removed from' : 'trusted in';
    if (report.stores.length === 0) io.writeStderr(`kuvert companion: the local CA was in no certificate store of this user`);
    for (const store of report.stores) io.writeStderr(`kuvert companion: local CA ${verb} ${store}`);
    return EXIT_OK;
  },
};
