/**
 * Decrypts an S/MIME message (RFC 8551 §3.3) and returns the message a mail reader would show:
 * the outer header fields with the decrypted MIME entity in place of smime.p7m. With RFC 9788
 * header protection (hp="cipher") the inner header fields are the real ones and the outer ones
 * are ignored.
 */
import { concatBytes } from '../bytes.js';
import { decodeBase64 } from '../base64.js';
import { defaultCrypto, type CryptoEngine } from '../crypto-engine.js';
import { KuvertError } from '../errors.js';
import { decryptCms, type DecryptCmsResult } from '../cms/index.js';
import type { KeyProvider } from '../keys/key-provider.js';
import { contentTypeOf } from '../mime/entity.js';
import { splitHeaderBlock, type HeaderField } from '../mime/header-field.js';
import { toCanonicalCrlf } from '../mime/canonical.js';
import { smimeKind } from './content-type.js';
import type { EncodedMessage } from './encoded-message.js';
import { isHeaderProtected } from './header-protection.js';
import { fieldBytes, headerLine, isContentField } from './outer-headers.js';

export interface DecryptedMessage {
  /** The readable message: header fields + the decrypted entity. */
  readonly message: EncodedMessage;
  /** The decrypted MIME entity exactly as it came out of the CMS content. */
  readonly entity: Uint8Array;
  /** True when the sender protected the header fields (RFC 9788). */
  readonly headerProtected: boolean;
  readonly cms: Omit<DecryptCmsResult, 'content'>;
}

export async function decryptMessage(message: Uint8Array, keys: readonly KeyProvider[], crypto: CryptoEngine = defaultCrypto()): Promise<DecryptedMessage> {
  if (message.length === 0) throw new KuvertError('EMPTY_INPUT', 'the message to decrypt is empty');
  const { fields, bodyOffset } = splitHeaderBlock(message);
  if (fields.length === 0) throw new KuvertError('MALFORMED_MESSAGE', 'the input has no header fields; is it a mail message?');
  const contentType = contentTypeOf(findValue(fields, 'content-type'));
  const kind = smimeKind(contentType);
  if (kind !== 'enveloped-data' && kind !== 'authEnveloped-data' && kind !== 'pkcs7-mime-unknown') {
    throw new KuvertError('NOT_SMIME', kind === 'none' ? `the message is not encrypted (Content-Type ${contentType.mediaType})` : `the message is S/MIME ${kind}, not encrypted`);
  }
  const der = decodeCmsBody(message.subarray(bodyOffset), findValue(fields, 'content-transfer-encoding'));
  // Keep only copies of the small outer fields, so the (large) input can be collected.
  const outerFields = fields.filter((f) => !isContentField(f)).map((f) => fieldBytes(f).slice());

  const { content, ...cms } = await decryptCms(der, keys, crypto);
  const entity = toCanonicalCrlf(content);
  const inner = splitHeaderBlock(entity);
  const innerType = contentTypeOf(findValue(inner.fields, 'content-type'));
  const headerProtected = isHeaderProtected(innerType.params);

  const header = headerProtected ? protectedHeader(inner.fields) : concatBytes(outerFields);
  const body = headerProtected ? entity.subarray(inner.headerEnd) : entity;
  return {
    message: {
      length: header.length + body.length,
      *pieces() {
        yield header;
        yield body;
      },
    },
    entity: content,
    headerProtected,
    cms,
  };
}

/** RFC 9788 §4.3: the inner fields replace the outer ones; HP-Outer records are dropped. */
function protectedHeader(innerFields: readonly HeaderField[]): Uint8Array {
  const kept = innerFields.filter((f) => f.lowerName !== 'hp-outer').map(fieldBytes);
  const hasMimeVersion = innerFields.some((f) => f.lowerName === 'mime-version');
  return concatBytes(hasMimeVersion ? kept : [headerLine('MIME-Version', '1.0'), ...kept]);
}

function decodeCmsBody(body: Uint8Array, transferEncoding: string | undefined): Uint8Array {
  const encoding = (transferEncoding ?? '7bit').trim().toLowerCase();
  if (encoding === 'base64') {
    const der = decodeBase64(body);
    if (der.length === 0) throw new KuvertError('MALFORMED_MESSAGE', 'the smime.p7m part is empty');
    return der;
  }
  if (encoding === 'binary' || encoding === '8bit' || encoding === '7bit') return body;
  throw new KuvertError('MIME_UNSUPPORTED_ENCODING', `smime.p7m uses transfer encoding "${encoding}"`);
}

function findValue(fields: readonly HeaderField[], lowerName: string): string | undefined {
  return fields.find((f) => f.lowerName === lowerName)?.value;
}
