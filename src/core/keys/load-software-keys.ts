/**
 * loadSoftwareKeys: key files → KeyProviders, each paired with the certificate of its public key.
 * Accepts PKCS#8 (PEM/DER), PKCS#1 "RSA PRIVATE KEY", SEC1 "EC PRIVATE KEY", encrypted PKCS#8
 * "ENCRYPTED PRIVATE KEY" and PKCS#12 (.p12/.pfx); certificates may come in the same file (PEM
 * CERTIFICATE blocks, PKCS#12 cert bags) or separately.
 */
import type * as asn1js from 'asn1js';
import { KuvertError, assertArgument, isKuvertError } from '../errors.js';
import { bytesEqual, fromUtf8, toHex } from '../bytes.js';
import { defaultCrypto, type CryptoEngine } from '../crypto-engine.js';
import { readCertificateFields, type CertificateFields } from '../cms/certificate-fields.js';
import { webBytes } from '../cms/web-bytes.js';
import { decodeBase64 } from '../base64.js';
import type { KeyProvider } from './key-provider.js';
import { looksLikePem, readPemBlocks } from './pem.js';
import { detectKeyStructure, malformedKey, pkcs1ToPkcs8, readPrivateKeyInfo, sec1ToPkcs8 } from './private-key-info.js';
import { parseRsaPublicKey } from './rsa-key.js';
import { SoftwareKeyProvider, type SoftwarePrivateKey } from './software-key-provider.js';

export interface SoftwareKeySource {
  /** The key file's bytes (PEM or DER). */
  readonly data: Uint8Array;
  /** DER certificates to pair keys with, in addition to any in the file. */
  readonly certificates?: readonly Uint8Array[];
  readonly password?: string;
}

const SOURCE_KEYS = new Set(['data', 'certificates', 'password']);

async function decryptPkcs8(der: Uint8Array, password: string | undefined, crypto: CryptoEngine): Promise<Uint8Array> {
  if (password === undefined) throw new KuvertError('PASSWORD_REQUIRED');
  // Encrypted keys and PKCS#12 need asn1js (and node-forge for legacy ciphers): loaded only for them,
  // so that signing with a plain PEM key starts fast.
  const [{ parseAsn1, valueBytes }, { decryptWithPassword }] = await Promise.all([import('../cms/asn1.js'), import('./password-based-encryption.js')]);
  const [algorithm, encrypted] = (parseAsn1(der, 'EncryptedPrivateKeyInfo', 'MALFORMED_KEY') as asn1js.Sequence).valueBlock.value;
  const plain = await decryptWithPassword(algorithm!, password, valueBytes(encrypted), crypto);
  if (detectKeyStructure(plain) !== 'pkcs8') throw new KuvertError('BAD_PASSWORD');
  return plain;
}

async function readKeyFile(source: SoftwareKeySource, crypto: CryptoEngine): Promise<{ keys: Uint8Array[]; certificates: Uint8Array[] }> {
  const keys: Uint8Array[] = [];
  const certificates: Uint8Array[] = [];
  const addDer = async (der: Uint8Array, structure = detectKeyStructure(der)): Promise<void> => {
    switch (structure) {
      case 'pkcs8': keys.push(der); break;
      case 'pkcs1': keys.push(pkcs1ToPkcs8(der)); break;
      case 'sec1': keys.push(sec1ToPkcs8(der)); break;
      case 'encrypted-pkcs8': keys.push(await decryptPkcs8(der, source.password, crypto)); break;
      case 'pkcs12': {
        const { readPkcs12 } = await import('./pkcs12.js');
        const contents = await readPkcs12(der, source.password, crypto);
        keys.push(...contents.keys);
        certificates.push(...contents.certificates);
        break;
      }
      case 'unknown': throw malformedKey('the key file is not PKCS#8, PKCS#1, SEC1 or PKCS#12');
    }
  };
  if (looksLikePem(source.data)) {
    for (const block of readPemBlocks(source.data, 'MALFORMED_KEY')) {
      if (block.headers.some((header) => header.startsWith('Proc-Type'))) {
        throw new KuvertError('UNSUPPORTED_ALGORITHM', 'OpenSSL "traditional" PEM encryption: convert with `openssl pkcs8 -topk8`');
      }
      if (block.label === 'CERTIFICATE') certificates.push(block.der);
      else if (block.label === 'PRIVATE KEY') await addDer(block.der, 'pkcs8');
      else if (block.label === 'RSA PRIVATE KEY') await addDer(block.der, 'pkcs1');
      else if (block.label === 'EC PRIVATE KEY') await addDer(block.der, 'sec1');
      else if (block.label === 'ENCRYPTED PRIVATE KEY') await addDer(block.der, 'encrypted-pkcs8');
      else if (block.label === 'PKCS12') await addDer(block.der, 'pkcs12');
    }
  } else if (/^[A-Za-z0-9+/=\s]+$/.test(fromUtf8(source.data.subarray(0, 256)))) {
    await addDer(decodeBase64(fromUtf8(source.data).replace(/\s+/g, ''))); // a bare base64 .p12 (some portals)
  } else {
    await addDer(source.data);
  }
  if (keys.length === 0) throw malformedKey('the file holds no private key');
  return { keys, certificates };
}

async function publicKeyMatches(key: SoftwarePrivateKey, identity: CertificateFields, crypto: CryptoEngine): Promise<boolean> {
  const spkiKey = identity.subjectPublicKey;
  if (key.type === 'RSA') {
    if (identity.publicKey?.type !== 'RSA') return false;
    const certKey = parseRsaPublicKey(spkiKey);
    return certKey.n === key.components.n && certKey.e === key.components.e;
  }
  if (identity.publicKey?.type !== 'EC' || identity.publicKey.curve !== key.curve) return false;
  const cryptoKey = await crypto.subtle.importKey('pkcs8', webBytes(key.pkcs8), { name: 'ECDH', namedCurve: key.curve }, true, ['deriveBits']);
  const jwk = await crypto.subtle.exportKey('jwk', cryptoKey);
  const point = Uint8Array.of(4, ...decodeBase64url(jwk.x ?? ''), ...decodeBase64url(jwk.y ?? ''));
  return bytesEqual(point, spkiKey);
}

function decodeBase64url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return decodeBase64(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
}

function labelOf(identity: CertificateFields): string {
  return `${identity.commonName ?? identity.issuerName} (serial ${toHex(identity.serialNumber)})`;
}

export async function loadSoftwareKeys(source: SoftwareKeySource, crypto: CryptoEngine = defaultCrypto()): Promise<KeyProvider[]> {
  for (const key of Object.keys(source)) if (!SOURCE_KEYS.has(key)) throw new KuvertError('UNKNOWN_OPTION', `unknown option ${key}`);
  assertArgument(source.data instanceof Uint8Array && source.data.length > 0, 'data must be non-empty bytes');
  let file: { keys: Uint8Array[]; certificates: Uint8Array[] };
  try {
    file = await readKeyFile(source, crypto);
  } catch (error) {
    // Without a password a failed decryption means one was needed, not that it was wrong.
    if (source.password === undefined && isKuvertError(error, 'BAD_PASSWORD')) throw new KuvertError('PASSWORD_REQUIRED', undefined, { cause: error });
    throw error;
  }
  const certificates = [...file.certificates, ...(source.certificates ?? [])];
  const identities = await Promise.all(certificates.map((der) => readCertificateFields(der, crypto)));
  const providers: KeyProvider[] = [];
  for (const pkcs8 of file.keys) {
    const key = readPrivateKeyInfo(pkcs8);
    let identity: CertificateFields | undefined;
    for (const candidate of identities) {
      if (await publicKeyMatches(key, candidate, crypto)) {
        identity = candidate;
        break;
      }
    }
    if (!identity) {
      // A bare key (no certificate at all) is allowed; one that fits none of the given ones is not.
      if (identities.length > 0) throw new KuvertError('KEY_MISMATCH');
      providers.push(new SoftwareKeyProvider(undefined, `${key.type} private key without certificate`, key, crypto));
      continue;
    }
    providers.push(new SoftwareKeyProvider(identity.der, labelOf(identity), key, crypto));
  }
  return providers;
}
