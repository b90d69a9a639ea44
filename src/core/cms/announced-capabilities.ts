/**
 * The SMIMECapabilities Kuvert announces in its signatures (RFC 8551 §2.5.2): what it can decrypt,
 * most preferred first, so correspondents' clients choose AES-256-GCM and OAEP when they can.
 */
import { concatBytes } from '../bytes.js';
import { derBytes } from './asn1.js';
import { TAG, derHeader } from './der-writer.js';
import { OID } from './oids.js';
import { oidDer } from './signed-attributes.js';
import { encodeOaepParams } from './rsaes-oaep-params.js';

function sequence(...parts: Uint8Array[]): Uint8Array {
  const content = concatBytes(parts);
  return concatBytes([derHeader(TAG.sequence, content.length), content]);
}

/** The attribute value: AES-256-GCM, AES-256-CBC, AES-128-CBC, RSAES-OAEP (SHA-256), RSA PKCS#1 v1.5. */
export function encodeAnnouncedCapabilities(): Uint8Array {
  return sequence(
    sequence(oidDer(OID.aes256GCM)),
    sequence(oidDer(OID.aes256CBC)),
    sequence(oidDer(OID.aes128CBC)),
    sequence(oidDer(OID.rsaesOaep), derBytes(encodeOaepParams('SHA-256'))),
    sequence(oidDer(OID.rsaEncryption)),
  );
}
