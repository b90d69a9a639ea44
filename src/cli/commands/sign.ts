/** `kuvert sign`: an RFC 5322 message in, an S/MIME signed message out. */
import { parseArgs } from 'node:util';
import { KuvertError } from '../../core/errors.js';
import { signMessage } from '../../core/smime/index.js';
import { readCertificates } from '../../core/pki/certificate-file.js';
import { EXIT_OK, type CliIo, type Command } from '../command.js';
import { readInputFile, writeOutput } from '../files.js';
import { nodeCrypto } from '../node-crypto.js';
import { loadSigningKey } from '../signing-key.js';
import { oneOf } from './encrypt.js';

const help = `Usage: kuvert sign --cert CERT --key KEY [options]

Signs an RFC 5322 message (S/MIME, RFC 8551). The signature covers the body and attachments
(the MIME entity); the message's own header fields (From, To, Subject, …) stay outside it.

Options:
  --cert CERT          the signer certificate, PEM or DER; a PEM file may hold the chain after it
                       (repeat --cert for more intermediates; self-signed roots are left out)
  --key KEY            the private key: PEM (PKCS#8, PKCS#1, SEC1, encrypted PKCS#8) or PKCS#12
                       (.p12/.pfx, which may also hold the certificate)
  --pass-env VAR       read the password of KEY from environment variable VAR
  --detached           multipart/signed (default): readable by clients without S/MIME
  --opaque             application/pkcs7-mime; smime-type=signed-data
  --digest HASH        sha256 (default), sha384, sha512
  --rsa-padding KIND   pkcs1 (default; what smart cards and Outlook use) or pss (RSASSA-PSS)
  --encryption-cert CERT
                       your encryption certificate, when it differs from the signing one (SITHS
                       cards): announced as sMIMEEncryptionKeyPreference (RFC 8551 §2.5.3)
  --in FILE            the message to sign (default: standard input)
  --out FILE           where to write the result (default: standard output)
  -h, --help           this text

Signed attributes: contentType, signingTime, messageDigest, SMIMECapabilities, ESS
signingCertificateV2 (RFC 5035). Exit status: 0 success, 1 usage error, 2 failure.`;

export const signCommand: Command = {
  name: 'sign',
  summary: 'sign a message with a software key (S/MIME, detached or opaque)',
  help,
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        cert: { type: 'string', multiple: true },
        key: { type: 'string' },
        'pass-env': { type: 'string' },
        detached: { type: 'boolean' },
        opaque: { type: 'boolean' },
        digest: { type: 'string' },
        'rsa-padding': { type: 'string' },
        'encryption-cert': { type: 'string' },
        in: { type: 'string' },
        out: { type: 'string' },
      },
    });
    if (!values.key) throw new KuvertError('USAGE', '--key KEY is required');
    if (values.detached && values.opaque) throw new KuvertError('USAGE', '--detached and --opaque exclude each other');
    const digest = oneOf(values.digest, ['sha256', 'sha384', 'sha512'] as const, '--digest');
    const rsaPadding = oneOf(values['rsa-padding'], ['pkcs1', 'pss'] as const, '--rsa-padding');
    const crypto = nodeCrypto();
    const { signer, chain } = await loadSigningKey(values.key, values.cert ?? [], values['pass-env'], io, crypto);
    const encryptionCertificate = values['encryption-cert'] === undefined ? undefined : await firstCertificate(values['encryption-cert'], io);
    const message = await readInputFile(values.in, io, 'message');
    const signed = await signMessage(message, {
      signer,
      chain,
      shape: values.opaque ? 'opaque' : 'detached',
      ...(digest ? { digest: `SHA-${digest.slice(3)}` as 'SHA-256' | 'SHA-384' | 'SHA-512' } : {}),
      ...(rsaPadding ? { rsaPadding } : {}),
      ...(encryptionCertificate ? { encryptionCertificate } : {}),
    }, crypto);
    await writeOutput(values.out, signed.pieces(), io);
    return EXIT_OK;
  },
};

async function firstCertificate(path: string, io: CliIo): Promise<Uint8Array> {
  const [first] = readCertificates(await readInputFile(path, io, 'certificate'));
  if (!first) throw new KuvertError('MALFORMED_CERTIFICATE', `${path} holds no certificate`);
  return first;
}
