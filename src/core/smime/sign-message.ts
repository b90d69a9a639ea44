/**
 * Signs a whole RFC 5322 message (RFC 8551 §3.5): the MIME entity (its Content-* fields and body)
 * is signed, the message's own header fields stay outside. Two shapes:
 * - detached (default): multipart/signed, readable by clients without S/MIME (§3.5.3); parts with
 *   8-bit content or over-long lines are first re-encoded for 7-bit transport (§3.1.2);
 * - opaque: application/pkcs7-mime; smime-type=signed-data, the entity inside the CMS (§3.5.2).
 * `signAndEncryptMessage` signs, then encrypts the signed entity (§3.7).
 */
import { concatBytes, utf8 } from '../bytes.js';
import { defaultCrypto, type CryptoEngine } from '../crypto-engine.js';
import { KuvertError } from '../errors.js';
import { signCms, type SignCmsOptions } from '../cms/index.js';
import { splitHeaderBlock } from '../mime/header-field.js';
import { toCanonicalCrlf } from '../mime/canonical.js';
import { base64Body, base64BodyLength } from './base64-body.js';
import { encodedMessageBytes, type EncodedMessage } from './encoded-message.js';
import { encryptMessage, type EncryptMessageOptions } from './encrypt-message.js';
import { chooseBoundary, multipartSignedBody, multipartSignedContentType } from './multipart-signed.js';
import { headerLine } from './outer-headers.js';
import { sevenBitMessageEntity } from './seven-bit-entity.js';
import { outerFieldBytes, signedEntityHeader } from './signed-entity.js';

export interface SignMessageOptions extends Omit<SignCmsOptions, 'detached' | 'contentType'> {
  /** detached (multipart/signed, default) or opaque (application/pkcs7-mime signed-data). */
  readonly shape?: 'detached' | 'opaque';
}

const CRLF = utf8('\r\n');

export async function signMessage(message: Uint8Array, options: SignMessageOptions, crypto: CryptoEngine = defaultCrypto()): Promise<EncodedMessage> {
  if (!(message instanceof Uint8Array) || message.length === 0) throw new KuvertError('EMPTY_INPUT', 'the message to sign is empty');
  const { shape = 'detached', ...cmsOptions } = options;
  if (shape !== 'detached' && shape !== 'opaque') throw new KuvertError('INVALID_ARGUMENT', 'shape must be detached or opaque');
  // RFC 8551 §3.1.1: the signed entity is in canonical form (CRLF); signatures hash exactly these bytes.
  const canonical = toCanonicalCrlf(message);
  const { fields, bodyOffset, headerEnd } = splitHeaderBlock(canonical);
  if (fields.length === 0) throw new KuvertError('MALFORMED_MESSAGE', 'the message has no header fields');
  if (headerEnd === bodyOffset && bodyOffset < canonical.length) throw new KuvertError('MALFORMED_MESSAGE', 'the header block does not end in an empty line');
  const entityHeader = signedEntityHeader(fields);
  // RFC 8551 §3.1.2: relays may re-encode 8-bit content, which would break a detached signature.
  const entity = shape === 'detached' ? sevenBitMessageEntity(canonical, entityHeader, bodyOffset) : [entityHeader, canonical.subarray(bodyOffset)];
  const outer = outerFieldBytes(fields);
  const signed = await signCms(entity, { ...cmsOptions, detached: shape === 'detached' }, crypto);

  if (shape === 'detached') {
    const boundary = chooseBoundary(entity, crypto);
    const header = concatBytes([...outer, headerLine('MIME-Version', '1.0'), multipartSignedContentType(boundary, signed.digest), CRLF]);
    const body = multipartSignedBody(entity, signed.chunks, signed.length, boundary);
    return {
      length: header.length + body.length,
      *pieces() {
        yield header;
        yield* body.pieces();
      },
    };
  }
  const header = concatBytes([
    ...outer,
    headerLine('MIME-Version', '1.0'),
    headerLine('Content-Type', 'application/pkcs7-mime; smime-type=signed-data;\r\n name="smime.p7m"'),
    headerLine('Content-Transfer-Encoding', 'base64'),
    headerLine('Content-Disposition', 'attachment; filename="smime.p7m"'),
    CRLF,
  ]);
  return {
    length: header.length + base64BodyLength(signed.length),
    *pieces() {
      yield header;
      yield* base64Body(signed.chunks);
    },
  };
}

export interface SignAndEncryptOptions {
  readonly sign: SignMessageOptions;
  readonly encrypt: Omit<EncryptMessageOptions, 'reuseInputBuffer'>;
}

/** RFC 8551 §3.7: sign first, then encrypt the signed message; the signature is hidden inside. */
export async function signAndEncryptMessage(message: Uint8Array, options: SignAndEncryptOptions, crypto: CryptoEngine = defaultCrypto()): Promise<EncodedMessage> {
  for (const key of Object.keys(options)) if (key !== 'sign' && key !== 'encrypt') throw new KuvertError('UNKNOWN_OPTION', `unknown option ${key}`);
  const signed = encodedMessageBytes(await signMessage(message, options.sign, crypto));
  // The signed message is ours alone, so the encryptor may build its inner entity in place.
  return encryptMessage(signed, { ...options.encrypt, reuseInputBuffer: true }, crypto);
}
