/** `kuvert companion`: the local HTTPS service the add-in calls for cards, PINs and more. */
import { parseArgs } from 'node:util';
import { EXIT_OK, type Command } from '../command.js';
import { nodeCrypto } from '../node-crypto.js';
import { VERSION } from '../run.js';
import { resolveCompanionConfig } from '../../companion/companion-config.js';
import { Pkcs11Module } from '../../companion/pkcs11/index.js';
import { ensureLocalTls, trustInstructions } from '../../companion/server/local-tls.js';
import { startCompanionServer } from '../../companion/server/companion-server.js';
import { trustLocalCa } from '../../companion/server/os-trust.js';
import { nodeFetch } from '../node-fetch.js';
import { companionPairingsCommand } from './companion-pairings.js';
import { companionTrustCommand } from './companion-trust.js';

const help = `Usage: kuvert companion [--config FILE] [options]
       kuvert companion trust [--remove] [--state-dir DIR]
       kuvert companion pairings [revoke ID|--all] [--state-dir DIR]

Runs the companion: an HTTPS service on 127.0.0.1 and [::1] that the Outlook add-in calls to use
smart cards (PKCS#11). The PIN is typed only in the companion's own page. Stop it with Ctrl+C.

Options (they override the config file):
  --config FILE               JSON: port, allowedOrigins, pkcs11Modules, stateDir,
                              pairingTokenFile, sessionIdleSeconds, policy, trustAnchors,
                              revocation, online, directories ([{ url, base, filter? }]),
                              destinations ([{ name, path, formats? }]: only when the policy
                              names none)
  --port N                    the port (default 47111; 0 picks a free one)
  --allow-origin ORIGIN       an add-in origin allowed to call (repeatable; required)
  --pkcs11-module LIB         a PKCS#11 module to load (repeatable)
  --state-dir DIR             where the local CA, certificate and pairings live
  --pairing-token-file FILE   a pre-provisioned token accepted as paired (managed deployments)
  --policy FILE               the organisation policy (JSON, checked at start): served to the
                              add-in; its storage.destinations, revocation and cardSession apply
  --trust PATH                a trust anchor file, or a folder of .cer/.crt/.pem (repeatable)
  --offline                   no OCSP, CRL or AIA downloads
  --trust-local-ca            trust the local CA in this user's browsers (see companion trust)
  -h, --help                  this text

On first run it makes a local CA and a localhost certificate in the state directory and says how
to trust it. Pairing codes are shown here, on the console. Exit status: 0 stopped, 1 usage, 2 failure.`;

export const companionCommand: Command = {
  name: 'companion',
  summary: 'run the local HTTPS companion for the add-in (smart cards, PIN page)',
  help: `${help}\n\n${companionTrustCommand.help}\n\n${companionPairingsCommand.help}`,
  async run(args, io) {
    if (args[0] === 'trust') return companionTrustCommand.run(args.slice(1), io);
    if (args[0] === 'pairings') return companionPairingsCommand.run(args.slice(1), io);
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
        policy: { type: 'string' },
        trust: { type: 'string', multiple: true },
        offline: { type: 'boolean' },
        'trust-local-ca': { type: 'boolean' },
      },
    });
    const config = await resolveCompanionConfig(values, io.cwd, io.env);
    const tls = await ensureLocalTls(config.stateDir);
    if (values['trust-local-ca']) {
      const home = io.env['HOME'] ?? io.env['USERPROFILE'] ?? '';
      for (const store of (await trustLocalCa(tls.caCertPath, { home })).stores) io.writeStderr(`kuvert companion: local CA trusted in ${store}`);
    } else if (tls.created) {
      io.writeStderr(`kuvert companion: made a local CA in ${config.stateDir}. Run "kuvert companion trust" once to trust it, or by hand: ${trustInstructions(tls.caCertPath)}`);
    }
    const modules = config.pkcs11Modules.map((library) => Pkcs11Module.open(library));
    const server = await startCompanionServer({
      port: config.port,
      allowedOrigins: config.allowedOrigins,
      modules,
      stateDir: config.stateDir,
      tls,
      ...(config.pairingTokenFile !== undefined ? { pairingTokenFile: config.pairingTokenFile } : {}),
      sessionIdleSeconds: config.sessionIdleSeconds,
      logoutAfterOperation: config.logoutAfterOperation,
      destinations: config.destinations,
      directories: config.directories,
      trustAnchors: config.trustAnchors,
      revocation: config.revocation,
      ...(config.online ? { fetch: nodeFetch({ timeoutMs: 5000 }) } : {}),
      ...(config.policy ? { policy: { text: config.policy.text, source: config.policy.source } } : {}),
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
