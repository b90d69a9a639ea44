/** `kuvert decrypt`: an S/MIME encrypted message in, the readable message out. */
import { parseArgs } from 'node:util';
import { KuvertError } from '../../core/errors.js';
import { loadSoftwareKeys } from '../../core/keys/index.js';
import { readCertificates } from '../../core/pki/certificate-file.js';
import { decryptSmimeEnvelope } from '../../core/smime/index.js';
import type { KeyProvider } from '../../core/keys/key-provider.js';
import { CARD_OPTION_SPEC, CARD_OPTIONS_HELP, cardErrorOf, cardKeyRequestFrom, openCardKeys } from '../../companion/pkcs11/index.js';
import { EXIT_OK, type CliIo, type Command } from '../command.js';
import type { CryptoEngine } from '../../core/crypto-engine.js';
import { readInputFile, writeOutput } from '../files.js';
import { INNER_SIGNATURE_HELP, reportInnerSignature } from '../inner-signature.js';
import { nodeCrypto } from '../node-crypto.js';
import { passwordFrom } from '../signing-key.js';
import { readSmimeEnvelopeInput } from '../smime-file.js';

const help = `Usage: kuvert decrypt (--key KEY | --pkcs11-module LIB [--token LABEL]) [options]

Decrypts an S/MIME message (enveloped-data or authEnveloped-data) with a software key and writes
the readable message: its header fields and the decrypted body and attachments. The key is a
software key (--key) or a key on a smart card (--pkcs11-module); the card's key never leaves it.

Options:
  --key KEY           the private key: PEM (PKCS#8, PKCS#1, SEC1, encrypted PKCS#8) or a
                      PKCS#12 file (.p12/.pfx) holding key and certificate
  --cert CERT         the certificate belonging to a PEM key (PEM or DER); needed to find the
                      matching recipient when KEY holds no certificate
  --pass-env VAR      read the password of KEY from environment variable VAR (never from the
                      command line, where other users could see it)
  --in FILE           the message to decrypt (default: standard input)
  --out FILE          where to write the result (default: standard output); nothing is written
                      unless decryption succeeded in full
  -h, --help          this text

${CARD_OPTIONS_HELP}
Errors name a code, e.g. NO_MATCHING_RECIPIENT (not encrypted for this key), DECRYPT_FAILED,
INTEGRITY_CHECK_FAILED (a GCM message was changed), BAD_PASSWORD, MALFORMED_MESSAGE;
with a card PIN_INCORRECT, PIN_LOCKED, TOKEN_NOT_FOUND, TOKEN_REMOVED.

Signed inside (sign-then-encrypt):
${INNER_SIGNATURE_HELP}
Exit status: 0 success, 1 usage error, 2 failure.`;

export const decryptCommand: Command = {
  name: 'decrypt',
  summary: 'decrypt an S/MIME message with a software key (PEM or PKCS#12) or a smart card',
  help,
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        key: { type: 'string' },
        cert: { type: 'string', multiple: true },
        'pass-env': { type: 'string' },
        in: { type: 'string' },
        out: { type: 'string' },
        trust: { type: 'string', multiple: true },
        'json-report': { type: 'string' },
        ...CARD_OPTION_SPEC,
      },
    });
    const card = cardKeyRequestFrom(values, io.env);
    if (card && values.key !== undefined) throw new KuvertError('USAGE', '--key and --pkcs11-module exclude each other');
    if (!card && !values.key) throw new KuvertError('USAGE', '--key KEY (or --pkcs11-module LIB) is required');
    const password = passwordFrom(values['pass-env'], io);
    const crypto = nodeCrypto();
    const opened = card ? openCardKeys(card, crypto) : undefined;
    try {
      const keys: readonly KeyProvider[] = opened?.keys ?? await loadKeys(values.key ?? '', values.cert ?? [], password, io, crypto);
      const envelope = await readSmimeEnvelopeInput(values.in, io);
      const decrypted = await decryptSmimeEnvelope(envelope, keys, crypto).catch((error: unknown) => {
        throw cardErrorOf(error);
      });
      opened?.close(); // log out of the card before writing anything
      await writeOutput(values.out, decrypted.message.pieces(), io);
      await reportInnerSignature(decrypted.entity, decrypted.message, values.trust ?? [], values['json-report'], io, crypto);
    } finally {
      opened?.close();
    }
    return EXIT_OK;
  },
};

async function loadKeys(keyPath: string, certPaths: readonly string[], password: string | undefined, io: CliIo, crypto: CryptoEngine): Promise<KeyProvider[]> {
  const certificates = (await Promise.all(certPaths.map(async (path) => readCertificates(await readInputFile(path, io, 'certificate'))))).flat();
  const keyData = await readInputFile(keyPath, io, 'key');
  return loadSoftwareKeys({ data: keyData, certificates, ...(password !== undefined ? { password } : {}) }, crypto);
}
