/** `kuvert encrypt`: an RFC 5322 message in, an S/MIME encrypted message out. */
import { parseArgs } from 'node:util';
import { KuvertError } from '../../core/errors.js';
import type { ContentCipher } from '../../core/cms/index.js';
import { readCertificates } from '../../core/pki/certificate-file.js';
import { encryptMessage, signAndEncryptMessage } from '../../core/smime/index.js';
import { loadSigningKey } from '../signing-key.js';
import { EXIT_OK, type CliIo, type Command } from '../command.js';
import { readInputFile, writeOutput } from '../files.js';
import { nodeCrypto } from '../node-crypto.js';
import { oneOf } from './sign-options.js';

const CIPHERS: readonly ContentCipher[] = ['aes256-cbc', 'aes128-cbc', 'aes256-gcm', 'aes128-gcm'];
const HASHES = ['sha1', 'sha256', 'sha384', 'sha512'] as const;

const help = `Usage: kuvert encrypt --to CERT [--to CERT ...] [options]

Encrypts an RFC 5322 message for one or more recipients (S/MIME, RFC 8551). The message's own
header fields (From, To, Cc, Date, Message-ID, Subject) stay readable; the body and attachments
are encrypted into smime.p7m. The Subject is NOT encrypted unless --protect-headers is given.

Options:
  --to CERT               a recipient certificate, PEM or DER (repeat for several recipients;
                          add your own certificate to keep the sent copy readable)
  --cipher NAME           aes256-cbc (default), aes128-cbc, aes256-gcm, aes128-gcm
                          (GCM gives authEnveloped-data, RFC 5083/5084)
  --key-transport KIND    for RSA certificates: pkcs1 (default; what Outlook and smart cards read)
                          or oaep (RSAES-OAEP, RFC 3560)
  --oaep-hash HASH        sha256 (default), sha1, sha384, sha512
  --identifier KIND       issuer-serial (default) or ski (subjectKeyIdentifier)
  --protect-headers       RFC 9788: the real Subject travels encrypted; outside it reads "[...]"
  --sign-key KEY          sign first (multipart/signed inside the encryption, RFC 8551 §3.7) with
                          this key (PEM or PKCS#12; see kuvert sign)
  --sign-cert CERT        the signer certificate (and chain) for --sign-key (repeat for more)
  --sign-pass-env VAR     read the password of the signing key from environment variable VAR
  --in FILE               the message to encrypt (default: standard input)
  --out FILE              where to write the result (default: standard output); written only
                          when encryption succeeded
  -h, --help              this text

EC certificates (P-256, P-384, P-521) use ECDH key agreement (RFC 5753) automatically.
Exit status: 0 success, 1 usage error, 2 failure.`;

export const encryptCommand: Command = {
  name: 'encrypt',
  summary: 'encrypt a message for recipients\' certificates (S/MIME)',
  help,
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        to: { type: 'string', multiple: true },
        cipher: { type: 'string' },
        'key-transport': { type: 'string' },
        'oaep-hash': { type: 'string' },
        identifier: { type: 'string' },
        'protect-headers': { type: 'boolean' },
        'sign-key': { type: 'string' },
        'sign-cert': { type: 'string', multiple: true },
        'sign-pass-env': { type: 'string' },
        in: { type: 'string' },
        out: { type: 'string' },
      },
    });
    const cipher = oneOf(values.cipher, CIPHERS, '--cipher');
    const keyTransport = oneOf(values['key-transport'], ['pkcs1', 'oaep'] as const, '--key-transport');
    const oaepHash = oneOf(values['oaep-hash'], HASHES, '--oaep-hash');
    const identifier = oneOf(values.identifier, ['issuer-serial', 'ski'] as const, '--identifier');
    if (!values.to || values.to.length === 0) throw new KuvertError('USAGE', 'at least one --to CERT is required');

    const certificates = await Promise.all(values.to.map((path) => recipientCertificate(path, io)));
    if (values['sign-key'] === undefined && (values['sign-cert'] !== undefined || values['sign-pass-env'] !== undefined)) {
      throw new KuvertError('USAGE', '--sign-cert and --sign-pass-env need --sign-key');
    }
    const signing = values['sign-key'] === undefined ? undefined : await loadSigningKey(values['sign-key'], values['sign-cert'] ?? [], values['sign-pass-env'], io, nodeCrypto());
    const message = await readInputFile(values.in, io, 'message');
    const encryptOptions = {
      ...(cipher ? { cipher } : {}),
      // Key transport options apply to the RSA recipients; EC recipients use key agreement.
      ...(keyTransport ? { keyTransport } : {}),
      ...(oaepHash ? { oaepHash: `SHA-${oaepHash.slice(3)}` as 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512' } : {}),
      recipients: certificates.map((certificate) => ({
        certificate,
        ...(identifier ? { identifier: identifier === 'ski' ? 'subjectKeyIdentifier' as const : 'issuerAndSerialNumber' as const } : {}),
      })),
      protectHeaders: values['protect-headers'] === true,
    };
    const encrypted = signing
      ? await signAndEncryptMessage(message, { sign: { signer: signing.signer, chain: signing.chain }, encrypt: encryptOptions }, nodeCrypto())
      : await encryptMessage(message, { ...encryptOptions, reuseInputBuffer: true }, nodeCrypto());
    await writeOutput(values.out, encrypted.pieces(), io);
    return EXIT_OK;
  },
};

async function recipientCertificate(path: string, io: CliIo): Promise<Uint8Array> {
  const certificates = readCertificates(await readInputFile(path, io, 'certificate'));
  // A file may hold a chain: the first certificate is the recipient's own (RFC 8555 order).
  const first = certificates[0];
  if (!first) throw new KuvertError('MALFORMED_CERTIFICATE', `${path} holds no certificate`);
  return first;
}
