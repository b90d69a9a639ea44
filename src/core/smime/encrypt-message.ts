/**
 * Encrypts a whole RFC 5322 message into an S/MIME message (RFC 8551 §3.3): the MIME entity (its
 * Content-* fields and body) becomes the CMS content, the message's own header fields stay outside,
 * and the result is `application/pkcs7-mime; smime-type=enveloped-data` (or authEnveloped-data),
 * base64, as an attachment named smime.p7m.
 */
import { concatBytes, utf8 } from '../bytes.js';
import { defaultCrypto, type CryptoEngine } from '../crypto-engine.js';
import { KuvertError } from '../errors.js';
import { encryptCms, type EncryptOptions as EncryptCmsOptions } from '../cms/index.js';
import { splitHeaderBlock, type HeaderField } from '../mime/header-field.js';
import { toCanonicalCrlf } from '../mime/canonical.js';
import { base64Body, base64BodyLength } from './base64-body.js';
import type { EncodedMessage } from './encoded-message.js';
import { protectHeaders } from './header-protection.js';
import { envelopedContentFields, fieldBytes, headerLine, isContentField, withParameter } from './outer-headers.js';

export interface EncryptMessageOptions extends EncryptCmsOptions {
  /** RFC 9788: carry the real Subject (and other fields) inside; the outer Subject becomes "[...]". */
  readonly protectHeaders?: boolean;
  /**
   * Lets the encryptor build the inner entity inside the input buffer, overwriting the header
   * block, instead of copying the body (saves one payload-sized copy on 100 MB messages).
   */
  readonly reuseInputBuffer?: boolean;
}

const CRLF = utf8('\r\n');

export async function encryptMessage(message: Uint8Array, options: EncryptMessageOptions, crypto: CryptoEngine = defaultCrypto()): Promise<EncodedMessage> {
  if (message.length === 0) throw new KuvertError('EMPTY_INPUT', 'the message to encrypt is empty');
  const canonical = toCanonicalCrlf(message);
  const { fields, bodyOffset, headerEnd } = splitHeaderBlock(canonical);
  if (fields.length === 0) throw new KuvertError('MALFORMED_MESSAGE', 'the message has no header fields');
  if (headerEnd === bodyOffset && bodyOffset < canonical.length) {
    throw new KuvertError('MALFORMED_MESSAGE', 'the header block does not end in an empty line');
  }

  const protection = options.protectHeaders ? protectHeaders(fields) : undefined;
  const innerHeader = innerHeaderFields(fields, protection?.inner);
  const content = innerEntity(canonical, innerHeader, bodyOffset, options.reuseInputBuffer === true && canonical === message);
  const { reuseInputBuffer: _reuse, protectHeaders: _protect, ...cmsOptions } = options;
  const cms = await encryptCms(content, cmsOptions, crypto);

  const outerFields = protection?.outer ?? fields.filter((f) => !isContentField(f) && f.lowerName !== 'mime-version').map(fieldBytes);
  const header = concatBytes([
    ...outerFields,
    headerLine('MIME-Version', '1.0'),
    ...envelopedContentFields(cms.contentType),
    CRLF,
  ]);
  return {
    length: header.length + base64BodyLength(cms.length),
    *pieces() {
      yield header;
      yield* base64Body(cms.chunks);
    },
  };
}

/** The inner entity's header: its Content-* fields (a default Content-Type when absent). */
function innerHeaderFields(fields: readonly HeaderField[], protectedFields: Uint8Array[] | undefined): Uint8Array[] {
  const contentFields = fields.filter(isContentField);
  const contentType = contentFields.find((f) => f.lowerName === 'content-type');
  const out: Uint8Array[] = [];
  if (protectedFields) out.push(...protectedFields);
  if (!contentType) {
    // RFC 2045 §5.2: no Content-Type means text/plain; charset=us-ascii. Say so explicitly inside.
    out.push(headerLine('Content-Type', `text/plain; charset=us-ascii${protectedFields ? '; hp="cipher"' : ''}`));
  }
  for (const field of contentFields) {
    out.push(field === contentType && protectedFields ? withParameter(field, 'hp="cipher"') : fieldBytes(field));
  }
  return out;
}

/** Inner header + empty line + the original body bytes. */
function innerEntity(message: Uint8Array, header: Uint8Array[], bodyOffset: number, reuse: boolean): Uint8Array {
  const headerLength = header.reduce((n, h) => n + h.length, 0) + CRLF.length;
  if (reuse && headerLength <= bodyOffset) {
    // The inner header is written just before the body, over the old header block: no body copy.
    // Fields are views into this same buffer, each moved to an offset at or after its source, so
    // copying from the last one backwards never overwrites a field not yet copied.
    const parts = [...header, CRLF];
    let offset = bodyOffset;
    for (let i = parts.length - 1; i >= 0; i--) {
      const part = parts[i]!;
      offset -= part.length;
      message.set(part, offset);
    }
    return message.subarray(offset);
  }
  return concatBytes([...header, CRLF, message.subarray(bodyOffset)]);
}
