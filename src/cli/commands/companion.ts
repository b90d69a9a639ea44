/** `kuvert companion`: the local HTTPS service the add-in calls for cards, PINs and more. */
import { parseArgs } from 'node:util';
import { EXIT_OK, type Command } from '../command.js';
import { nodeCrypto } from '../node-crypto.js';
import { VERSION } from '../run.js';
import { resolveCompanionConfig } from '../../companion/companion-config.js';
import { Pkcs11Module } from '../../companion/pkcs11/index.js';
import { ensureLocalTls, trustInstructions } from '../../companion/server/local-tls.js';
import { startCompanionServer } from '../../companion/server/companion-server.js';

const help = `Usage: kuvert companion [--config FILE] [options]

Runs the companion: an HTTPS service on 127.0.0.1 and [::1] that the Outlook add-in calls to use
smart cards (PKCS#11). The PIN is typed only in the companion's own page. Stop it with Ctrl+C.

Options (they override the config file):
  --config FILE               JSON: port, allowedOrigins, pkcs11Modules, stateDir,
                              pairingTokenFile, sessionIdleSeconds, destinations
                              ([{ name, path }]), directories ([{ url, base, filter? }])
  --port N                    the port (default 47111; 0 picks a free one)
  --allow-origin ORIGIN       an add-in origin allowed to call (repeatable; required)
  --pkcs11-module LIB         a PKCS#11 module to load (repeatable)
  --state-dir DIR             where the local CA, certificate and pairings live
  --pairing-token-file FILE   a pre-provisioned token accepted as paired (managed deployments)
  -h, --help                  this text

On first run it makes a local CA and a localhost certificate in the state directory and says how
to trust it. Pairing codes are shown here, on the console. Exit status: 0 stopped, 1 usage, 2 failure.`;

export const companionCommand: Command = {
  name: 'companion',
  summary: 'run the local HTTPS companion for the add-in (smart cards, PIN page)',
  help,
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        config: { type: 'string' },
        port: { type: 'string' },
        'allow-origin': { type: 'string', multiple: true },
        'pkcs11-module': { type: 'string', multiple: true },
        'state-dir': { type: 'string' },
        'pairing-token-file': { type: 'string' },
      },
    });
    const config = await resolveCompanionConfig(values, io.cwd, io.env);
    const tls = await ensureLocalTls(config.stateDir);
    if (tls.created) io.writeStderr(`kuvert companion: made a local CA in ${config.stateDir}. ${trustInstructions(tls.caCertPath)}`);
    const modules = config.pkcs11Modules.map((library) => Pkcs11Module.open(library));
    const server = await startCompanionServer({
      port: config.port,
      allowedOrigins: config.allowedOrigins,
      modules,
      stateDir: config.stateDir,
      tls,
      ...(config.pairingTokenFile !== undefined ? { pairingTokenFile: config.pairingTokenFile } : {}),
      sessionIdleSeconds: config.sessionIdleSeconds,
      destinations: config.destinations,
      directories: config.directories,
      version: VERSION,
      crypto: nodeCrypto(),
      log: (line) => io.writeStderr(`kuvert companion: ${line}`),
    });
    io.writeStderr(`kuvert companion: listening on ${server.urls.join(' and ')}`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    await server.close();
    for (const module of modules) module.finalize();
    return EXIT_OK;
  },
};
