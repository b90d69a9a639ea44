/**
 * Decrypts an S/MIME message (RFC 8551 §3.3) and returns the message a mail reader would show:
 * the outer header fields with the decrypted MIME entity in place of smime.p7m. With RFC 9788
 * header protection (hp="cipher") the inner header fields are the real ones and the outer ones
 * are ignored.
 */
import { concatBytes } from '../bytes.js';
import { defaultCrypto, type CryptoEngine } from '../crypto-engine.js';
import { decryptCmsInPlace, type DecryptCmsResult } from '../cms/index.js';
import type { KeyProvider } from '../keys/key-provider.js';
import { contentTypeOf } from '../mime/entity.js';
import { splitHeaderBlock, type HeaderField } from '../mime/header-field.js';
import type { EncodedMessage } from './encoded-message.js';
import { isHeaderProtected } from './header-protection.js';
import { fieldBytes, headerLine } from './outer-headers.js';
import { readSmimeEnvelope, type SmimeEnvelope } from './smime-envelope.js';

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
  return decryptSmimeEnvelope(readSmimeEnvelope(message), keys, crypto);
}

/** Decrypts an envelope read by readSmimeEnvelope (or a streaming reader); its DER is consumed. */
export async function decryptSmimeEnvelope(envelope: SmimeEnvelope, keys: readonly KeyProvider[], crypto: CryptoEngine = defaultCrypto()): Promise<DecryptedMessage> {
  const { content, ...cms } = await decryptCmsInPlace(envelope.der, keys, crypto);
  // The entity is returned as decrypted (no re-encoding: signatures inside hash these bytes).
  const entity = content;
  const inner = splitHeaderBlock(entity);
  const innerType = contentTypeOf(inner.fields.find((f) => f.lowerName === 'content-type')?.value);
  const headerProtected = isHeaderProtected(innerType.params);

  const header = headerProtected ? protectedHeader(inner.fields) : concatBytes(envelope.outerFields);
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
