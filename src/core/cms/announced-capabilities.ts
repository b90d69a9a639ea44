/**
 * The SMIMECapabilities Kuvert announces in its signatures (RFC 8551 §2.5.2): what it can decrypt,
 * most preferred first, so correspondents' clients choose AES-256-GCM and OAEP when they can.
 */
import { concatBytes } from '../bytes.js';
import { TAG, derHeader } from './der-writer.js';
import { OID } from './oids.js';
import { oidDer } from './signed-attributes.js';

function element(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const content = concatBytes(parts);
  return concatBytes([derHeader(tag, content.length), content]);
}

const sequence = (...parts: Uint8Array[]): Uint8Array => element(TAG.sequence, ...parts);
const NULL = Uint8Array.of(0x05, 0x00);

/**
 * RSAES-OAEP-params for SHA-256 with MGF1-SHA-256 (RFC 8017 A.2.1; the same bytes as
 * rsaes-oaep-params.ts encodeOaepParams('SHA-256'), written here so signing loads no pkijs).
 */
function oaepSha256Params(): Uint8Array {
  const sha256 = sequence(oidDer(OID.sha256), NULL);
  return sequence(element(TAG.context0Constructed, sha256), element(TAG.context1Constructed, sequence(oidDer(OID.mgf1), sha256)));
}

/** The attribute value: AES-256-GCM, AES-256-CBC, AES-128-CBC, RSAES-OAEP (SHA-256), RSA PKCS#1 v1.5. */
export function encodeAnnouncedCapabilities(): Uint8Array {
  return sequence(
    sequence(oidDer(OID.aes256GCM)),
    sequence(oidDer(OID.aes256CBC)),
    sequence(oidDer(OID.aes128CBC)),
    sequence(oidDer(OID.rsaesOaep), oaepSha256Params()),
    sequence(oidDer(OID.rsaEncryption)),
  );
}
