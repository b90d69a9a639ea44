/** `kuvert sign`: an RFC 5322 message in, an S/MIME signed message out. */
import { parseArgs } from 'node:util';
import { KuvertError } from '../../core/errors.js';
import { readCertificateDers as readCertificates } from '../../core/cms/certificate-fields.js';
import { EXIT_OK, type CliIo, type Command } from '../command.js';
import { readInputFile, writeOutput } from '../files.js';
import { nodeCrypto } from '../node-crypto.js';
import { loadSigningKeys, type SigningKeys } from '../signing-key.js';
import { signFileDetached } from './sign-stream.js';
import { oneOf } from './sign-options.js';
import { CARD_OPTION_SPEC, CARD_OPTIONS_HELP, cardKeyRequestFrom } from '../../companion/pkcs11/card-options.js';
import type { CardKeys } from '../../companion/pkcs11/open-card-keys.js';

const help = `Usage: kuvert sign (--key KEY | --pkcs11-module LIB [--token LABEL] [--key-id HEX]) [options]

Signs an RFC 5322 message (S/MIME, RFC 8551). The signature covers the body and attachments
(the MIME entity); the message's own header fields (From, To, Subject, …) stay outside it.

Options:
  --cert CERT          the signer certificate, PEM or DER; a PEM file may hold the chain after it
                       (repeat --cert for more intermediates; self-signed roots are left out)
  --key KEY            the private key: PEM (PKCS#8, PKCS#1, SEC1, encrypted PKCS#8) or PKCS#12
                       (.p12/.pfx, which may also hold the certificate). Repeat --key (with each
                       signer's --cert) for several signers: one signature each, in that order
  --pass-env VAR       read the password of KEY (every KEY) from environment variable VAR
  --detached           multipart/signed (default): readable by clients without S/MIME. Parts with
                       8-bit bytes or lines over 998 octets are first re-encoded (text as
                       quoted-printable, other parts as base64; the content stays the same) so
                       that no mail relay can change the signed bytes (RFC 8551 §3.1.2)
  --opaque             application/pkcs7-mime; smime-type=signed-data
  --digest HASH        sha256 (default), sha384, sha512
  --rsa-padding KIND   pkcs1 (default; what smart cards and Outlook use) or pss (RSASSA-PSS)
  --encryption-cert CERT
                       your encryption certificate, when it differs from the signing one (SITHS
                       cards): announced as sMIMEEncryptionKeyPreference (RFC 8551 §2.5.3)
                       in the first signer's signature
  --in FILE            the message to sign (default: standard input)
  --out FILE           where to write the result (default: standard output)
  -h, --help           this text

${CARD_OPTIONS_HELP}  With a card, the signer certificate is the one on the card with the key's CKA_ID; --cert
  then adds intermediates.

Signed attributes: contentType, signingTime, messageDigest, SMIMECapabilities, ESS
signingCertificateV2 (RFC 5035). With --in FILE --out FILE a detached signature is made in one
pass over the file (large messages are never held in memory whole).
Exit status: 0 success, 1 usage error, 2 failure.`;

export const signCommand: Command = {
  name: 'sign',
  summary: 'sign a message with a software key or a smart card (S/MIME, detached or opaque)',
  help,
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        cert: { type: 'string', multiple: true },
        key: { type: 'string', multiple: true },
        'pass-env': { type: 'string' },
        detached: { type: 'boolean' },
        opaque: { type: 'boolean' },
        digest: { type: 'string' },
        'rsa-padding': { type: 'string' },
        'encryption-cert': { type: 'string' },
        in: { type: 'string' },
        out: { type: 'string' },
        ...CARD_OPTION_SPEC,
      },
    });
    const card = cardKeyRequestFrom(values, io.env);
    const keyPaths = values.key ?? [];
    if (card && keyPaths.length > 0) throw new KuvertError('USAGE', '--key and --pkcs11-module exclude each other');
    if (!card && keyPaths.length === 0) throw new KuvertError('USAGE', '--key KEY (or --pkcs11-module LIB) is required');
    if (values.detached && values.opaque) throw new KuvertError('USAGE', '--detached and --opaque exclude each other');
    const digest = oneOf(values.digest, ['sha256', 'sha384', 'sha512'] as const, '--digest');
    const rsaPadding = oneOf(values['rsa-padding'], ['pkcs1', 'pss'] as const, '--rsa-padding');
    const crypto = nodeCrypto();
    // The card module, and the whole-message signer below, are loaded only when needed: start-up time.
    const opened = card ? (await import('../../companion/pkcs11/open-card-keys.js')).openCardKeys(card, crypto) : undefined;
    try {
      const { signers, chain } = opened ? await cardSigningKeys(opened, values.cert ?? [], io) : await loadSigningKeys(keyPaths, values.cert ?? [], values['pass-env'], io, crypto);
      const encryptionCertificate = values['encryption-cert'] === undefined ? undefined : await firstCertificate(values['encryption-cert'], io);
      const [first, ...more] = signers;
      const options = {
        signer: first!,
        chain,
        ...(more.length > 0 ? { signers: more.map((signer) => ({ signer })) } : {}),
        ...(digest ? { digest: `SHA-${digest.slice(3)}` as 'SHA-256' | 'SHA-384' | 'SHA-512' } : {}),
        ...(rsaPadding ? { rsaPadding } : {}),
        ...(encryptionCertificate ? { encryptionCertificate } : {}),
      };
      const shape = values.opaque ? 'opaque' : 'detached';
      // Files in and out, software keys: one pass over the input (a card session stays as short as
      // possible instead, see below). Falls back to the whole message when it must be converted.
      if (shape === 'detached' && !opened && isFile(values.in) && isFile(values.out) && (await signFileDetached(values.in, values.out, options, io, crypto))) return EXIT_OK;
      const message = await readInputFile(values.in, io, 'message');
      const { signMessage } = await import('../../core/smime/sign-message.js');
      const signed = await signMessage(message, { ...options, shape }, crypto);
      opened?.close(); // log out of the card before writing anything
      await writeOutput(values.out, signed.pieces(), io);
    } finally {
      opened?.close();
    }
    return EXIT_OK;
  },
};

async function firstCertificate(path: string, io: CliIo): Promise<Uint8Array> {
  const [first] = readCertificates(await readInputFile(path, io, 'certificate'));
  if (!first) throw new KuvertError('MALFORMED_CERTIFICATE', `${path} holds no certificate`);
  return first;
}

function isFile(path: string | undefined): path is string {
  return path !== undefined && path !== '-';
}

/** The card's signing key: the one key (or the --key-id one) that has its certificate on the card. */
async function cardSigningKeys(card: CardKeys, certPaths: readonly string[], io: CliIo): Promise<SigningKeys> {
  const withCertificate = card.keys.filter((key) => key.certificate !== undefined);
  const [signer, ...more] = withCertificate;
  if (!signer) throw new KuvertError('SIGNER_CERT_MISSING', 'no key on the token has a certificate with the same CKA_ID');
  if (more.length > 0) throw new KuvertError('USAGE', `the token holds ${withCertificate.length} keys with certificates; pick one with --key-id`);
  const chain = (await Promise.all(certPaths.map(async (path) => readCertificates(await readInputFile(path, io, 'certificate'))))).flat();
  return { signers: [signer], chain };
}
