/**
 * PKCS#12 / PFX (RFC 7292) as Thunderbird/NSS, Windows and OpenSSL 1.x/3.x export it: password
 * integrity (HMAC MacData with SHA-1/SHA-256/…, key from the PKCS#12 KDF), AuthenticatedSafe of
 * plain `data` and password-`encryptedData` ContentInfos, and SafeBags holding keys and certificates.
 * Structures are read with asn1js; decryption is in password-based-encryption.ts.
 */
import * as asn1js from 'asn1js';
import { KuvertError } from '../errors.js';
import { bytesEqual, concatBytes } from '../bytes.js';
import type { CryptoEngine } from '../crypto-engine.js';
import { webBytes } from '../cms/web-bytes.js';
import { parseAsn1, valueBytes } from '../cms/asn1.js';
import { digestFromOid } from '../cms/digest-algorithms.js';
import { decryptWithPassword, pkcs12Kdf } from './password-based-encryption.js';

const DATA = '1.2.840.113549.1.7.1';
const ENCRYPTED_DATA = '1.2.840.113549.1.7.6';
const KEY_BAG = '1.2.840.113549.1.12.10.1.1';
const SHROUDED_KEY_BAG = '1.2.840.113549.1.12.10.1.2';
const CERT_BAG = '1.2.840.113549.1.12.10.1.3';
const X509_CERTIFICATE = '1.2.840.113549.1.9.22.1';

export interface Pkcs12Contents {
  /** PKCS#8 PrivateKeyInfo DER of every key found. */
  readonly keys: Uint8Array[];
  readonly certificates: Uint8Array[];
}

function malformed(what: string): KuvertError {
  return new KuvertError('MALFORMED_KEY', `malformed PKCS#12: ${what}`);
}

function fields(block: unknown, what: string): asn1js.AsnType[] {
  if (!(block instanceof asn1js.Sequence)) throw malformed(what);
  return block.valueBlock.value;
}

function oid(block: unknown, what: string): string {
  if (!(block instanceof asn1js.ObjectIdentifier)) throw malformed(what);
  return block.valueBlock.toString();
}

/** [0] EXPLICIT wrapper → its single inner element. */
function explicitContent(block: unknown, what: string): asn1js.AsnType {
  const inner = block instanceof asn1js.Constructed && block.idBlock.tagClass === 3 ? block.valueBlock.value[0] : undefined;
  if (!inner) throw malformed(what);
  return inner;
}

/** Bytes of an OCTET STRING (or [0] IMPLICIT one), primitive or constructed (BER from Windows). */
function octets(block: unknown, what: string): Uint8Array {
  if (!(block instanceof asn1js.BaseBlock)) throw malformed(what);
  if (!block.idBlock.isConstructed) return valueBytes(block);
  const pieces = (block as asn1js.Constructed).valueBlock.value;
  return concatBytes(pieces.map((piece) => octets(piece, what)));
}

async function verifyMac(macData: asn1js.AsnType, authSafe: Uint8Array, password: string | null, crypto: CryptoEngine): Promise<boolean> {
  const [digestInfo, salt, iterationsBlock] = fields(macData, 'MacData');
  const [digestAlgorithm, digest] = fields(digestInfo, 'DigestInfo');
  const hash = digestFromOid(oid(fields(digestAlgorithm, 'digestAlgorithm')[0], 'digestAlgorithm'));
  const iterations = iterationsBlock instanceof asn1js.Integer ? iterationsBlock.valueBlock.valueDec : 1;
  const expected = octets(digest, 'MAC digest');
  const macKey = await pkcs12Kdf(password, octets(salt, 'macSalt'), 3, iterations, expected.length, hash);
  const key = await crypto.subtle.importKey('raw', webBytes(macKey), { name: 'HMAC', hash }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, webBytes(authSafe)));
  return bytesEqual(mac, expected);
}

async function readSafeContents(der: Uint8Array, password: string | null, crypto: CryptoEngine, out: { keys: Uint8Array[]; certificates: Uint8Array[] }): Promise<void> {
  for (const bag of fields(parseAsn1(der, 'SafeContents', 'BAD_PASSWORD'), 'SafeContents')) {
    const [bagIdBlock, bagValue] = fields(bag, 'SafeBag');
    const bagId = oid(bagIdBlock, 'bagId');
    const value = explicitContent(bagValue, 'bagValue');
    if (bagId === KEY_BAG) {
      out.keys.push(new Uint8Array(value.toBER(false)));
    } else if (bagId === SHROUDED_KEY_BAG) {
      const [algorithm, encrypted] = fields(value, 'EncryptedPrivateKeyInfo');
      out.keys.push(await decryptWithPassword(algorithm!, password, octets(encrypted, 'encryptedData'), crypto));
    } else if (bagId === CERT_BAG) {
      const [certId, certValue] = fields(value, 'CertBag');
      if (oid(certId, 'certId') === X509_CERTIFICATE) out.certificates.push(octets(explicitContent(certValue, 'certValue'), 'certValue'));
    }
  }
}

/**
 * Opens a PFX. Without a password, the empty and the absent password are tried (both occur);
 * if neither verifies, PASSWORD_REQUIRED. A MAC that fails with a given password is BAD_PASSWORD.
 */
export async function readPkcs12(der: Uint8Array, password: string | undefined, crypto: CryptoEngine): Promise<Pkcs12Contents> {
  const [version, authSafe, macData] = fields(parseAsn1(der, 'PFX', 'MALFORMED_KEY'), 'PFX');
  if (!(version instanceof asn1js.Integer) || version.valueBlock.valueDec !== 3) throw malformed('version');
  const [contentType, content] = fields(authSafe, 'authSafe');
  if (oid(contentType, 'authSafe contentType') !== DATA) throw new KuvertError('UNSUPPORTED_ALGORITHM', 'PKCS#12 with public-key integrity is not supported');
  const authSafeBytes = octets(explicitContent(content, 'authSafe content'), 'authSafe content');
  let effective: string | null | undefined = password;
  if (macData) {
    const tries: (string | null)[] = password === undefined ? ['', null] : [password];
    effective = undefined;
    for (const candidate of tries) {
      if (await verifyMac(macData, authSafeBytes, candidate, crypto)) {
        effective = candidate;
        break;
      }
    }
    if (effective === undefined) throw new KuvertError(password === undefined ? 'PASSWORD_REQUIRED' : 'BAD_PASSWORD');
  }
  const out = { keys: [] as Uint8Array[], certificates: [] as Uint8Array[] };
  for (const info of fields(parseAsn1(authSafeBytes, 'AuthenticatedSafe', 'MALFORMED_KEY'), 'AuthenticatedSafe')) {
    const [typeBlock, infoContent] = fields(info, 'ContentInfo');
    const type = oid(typeBlock, 'contentType');
    if (type === DATA) {
      await readSafeContents(octets(explicitContent(infoContent, 'data'), 'data'), effective ?? null, crypto, out);
    } else if (type === ENCRYPTED_DATA) {
      if (effective === undefined) throw new KuvertError('PASSWORD_REQUIRED');
      const [, encryptedContentInfo] = fields(explicitContent(infoContent, 'encryptedData'), 'EncryptedData');
      const [, algorithm, encrypted] = fields(encryptedContentInfo, 'EncryptedContentInfo');
      const plain = await decryptWithPassword(algorithm!, effective, octets(encrypted, 'encryptedContent'), crypto);
      await readSafeContents(plain, effective, crypto, out);
    }
  }
  return out;
}
