/**
 * Password-based decryption of key material:
 *  - PBES2 (RFC 8018 §6.2) with PBKDF2 and AES-CBC in WebCrypto (des-EDE3-CBC through node-forge),
 *    the password as UTF-8 — what OpenSSL 3 and NSS write;
 *  - the legacy PKCS#12 PBE schemes (RFC 7292 Appendix B/C: pbeWithSHAAnd3-KeyTripleDES-CBC,
 *    …2-KeyTripleDES-CBC, …128BitRC2-CBC, …40BitRC2-CBC) that Windows and OpenSSL 1.x export,
 *    the password as BMPString. WebCrypto has neither 3DES nor RC2, so node-forge supplies those
 *    ciphers and the PKCS#12 KDF; everything else stays in WebCrypto.
 * A padding failure means a wrong password: BAD_PASSWORD.
 */
import * as asn1js from 'asn1js';
import type forgeModule from 'node-forge';
import { KuvertError } from '../errors.js';
import { fromLatin1, latin1, utf8 } from '../bytes.js';
import type { CryptoEngine } from '../crypto-engine.js';
import { webBytes } from '../cms/web-bytes.js';
import { valueBytes } from '../cms/asn1.js';
import type { DigestAlgorithm } from './key-provider.js';

const PBES2 = '1.2.840.113549.1.5.13';
const PBKDF2 = '1.2.840.113549.1.5.12';
const PRFS: Record<string, DigestAlgorithm> = {
  '1.2.840.113549.2.7': 'SHA-1',
  '1.2.840.113549.2.9': 'SHA-256',
  '1.2.840.113549.2.10': 'SHA-384',
  '1.2.840.113549.2.11': 'SHA-512',
};
const AES_CBC: Record<string, number> = { '2.16.840.1.101.3.4.1.2': 16, '2.16.840.1.101.3.4.1.22': 24, '2.16.840.1.101.3.4.1.42': 32 };
const DES_EDE3_CBC = '1.2.840.113549.3.7';
const PKCS12_PBE: Record<string, { cipher: '3DES' | 'RC2'; keyLength: number; ivLength: number }> = {
  '1.2.840.113549.1.12.1.3': { cipher: '3DES', keyLength: 24, ivLength: 8 },
  '1.2.840.113549.1.12.1.4': { cipher: '3DES', keyLength: 16, ivLength: 8 },
  '1.2.840.113549.1.12.1.5': { cipher: 'RC2', keyLength: 16, ivLength: 8 },
  '1.2.840.113549.1.12.1.6': { cipher: 'RC2', keyLength: 5, ivLength: 8 },
};

function unsupported(what: string): KuvertError {
  return new KuvertError('UNSUPPORTED_ALGORITHM', `${what} is not supported`);
}

function sequenceFields(block: unknown, what: string): asn1js.AsnType[] {
  if (!(block instanceof asn1js.Sequence)) throw new KuvertError('MALFORMED_KEY', `malformed ${what}`);
  return block.valueBlock.value;
}

function oidOf(block: unknown, what: string): string {
  if (!(block instanceof asn1js.ObjectIdentifier)) throw new KuvertError('MALFORMED_KEY', `malformed ${what}`);
  return block.valueBlock.toString();
}

/** RFC 7292 Appendix B.2 key derivation (id 1 = key, 2 = IV, 3 = MAC key), password as BMPString. */
export async function pkcs12Kdf(password: string | null, salt: Uint8Array, id: 1 | 2 | 3, iterations: number, length: number, hash: DigestAlgorithm = 'SHA-1'): Promise<Uint8Array> {
  const forge = await loadForge();
  const md = { 'SHA-1': forge.md.sha1, 'SHA-256': forge.md.sha256, 'SHA-384': forge.md.sha384, 'SHA-512': forge.md.sha512 }[hash].create();
  // forge encodes each UTF-16 code unit big-endian plus a 00 00 terminator, as RFC 7292 B.1 asks.
  const key = forge.pkcs12.generateKey(password, forge.util.createBuffer(latin1(salt)), id, iterations, length, md);
  return fromLatin1(key.getBytes());
}

/**
 * node-forge (42 modules) is loaded only for PKCS#12 files and 3DES/RC2 keys, not for every
 * PEM key: `kuvert sign` with a PKCS#8 key must start fast.
 */
async function loadForge(): Promise<typeof forgeModule> {
  return (await import('node-forge')).default;
}

async function forgeDecrypt(cipher: '3DES' | 'RC2', key: Uint8Array, iv: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const forge = await loadForge();
  const buffer = (bytes: Uint8Array): forgeModule.util.ByteStringBuffer => forge.util.createBuffer(latin1(bytes));
  let decipher: { update(input: forgeModule.util.ByteStringBuffer): void; finish(): boolean; output: forgeModule.util.ByteStringBuffer };
  if (cipher === '3DES') {
    // Two-key 3DES (K1, K2, K1) is expanded to three keys for forge.
    const des = forge.cipher.createDecipher('3DES-CBC', buffer(key.length === 16 ? Uint8Array.of(...key, ...key.subarray(0, 8)) : key));
    des.start({ iv: buffer(iv) });
    decipher = des;
  } else {
    const rc2 = forge.rc2.createDecryptionCipher(buffer(key), key.length * 8);
    rc2.start(buffer(iv));
    decipher = rc2;
  }
  decipher.update(buffer(data));
  if (!decipher.finish()) throw new KuvertError('BAD_PASSWORD', 'wrong password (padding check failed)');
  return fromLatin1(decipher.output.getBytes());
}

async function decryptPbes2(params: unknown, password: string | null, data: Uint8Array, crypto: CryptoEngine): Promise<Uint8Array> {
  const [kdf, scheme] = sequenceFields(params, 'PBES2-params');
  const [kdfOid, kdfParams] = sequenceFields(kdf, 'keyDerivationFunc');
  if (oidOf(kdfOid, 'keyDerivationFunc') !== PBKDF2) throw unsupported('a PBES2 key derivation other than PBKDF2');
  const kdfFields = sequenceFields(kdfParams, 'PBKDF2-params');
  const [salt, count] = kdfFields;
  if (!(salt instanceof asn1js.OctetString) || !(count instanceof asn1js.Integer)) throw new KuvertError('MALFORMED_KEY', 'malformed PBKDF2-params');
  const prfField = kdfFields.find((field) => field instanceof asn1js.Sequence);
  const prfOid = prfField ? oidOf(sequenceFields(prfField, 'prf')[0], 'prf') : '1.2.840.113549.2.7';
  const prf = PRFS[prfOid];
  if (!prf) throw unsupported(`PBKDF2 PRF ${prfOid}`);
  const [schemeOid, ivBlock] = sequenceFields(scheme, 'encryptionScheme');
  const cipherOid = oidOf(schemeOid, 'encryptionScheme');
  const keyLength = cipherOid === DES_EDE3_CBC ? 24 : AES_CBC[cipherOid];
  if (keyLength === undefined) throw unsupported(`PBES2 cipher ${cipherOid}`);
  if (!(ivBlock instanceof asn1js.OctetString)) throw new KuvertError('MALFORMED_KEY', 'PBES2 cipher needs an IV');
  const iv = valueBytes(ivBlock);
  const iterations = count.valueBlock.valueDec;
  if (iterations < 1 || iterations > 10_000_000) throw new KuvertError('MALFORMED_KEY', 'PBKDF2 iteration count out of range');
  const baseKey = await crypto.subtle.importKey('raw', webBytes(utf8(password ?? '')), 'PBKDF2', false, ['deriveBits']);
  const key = new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', salt: webBytes(valueBytes(salt)), iterations, hash: prf }, baseKey, keyLength * 8));
  if (cipherOid === DES_EDE3_CBC) return forgeDecrypt('3DES', key, iv, data);
  try {
    const aesKey = await crypto.subtle.importKey('raw', webBytes(key), 'AES-CBC', false, ['decrypt']);
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-CBC', iv: webBytes(iv) }, aesKey, webBytes(data)));
  } catch (error) {
    throw new KuvertError('BAD_PASSWORD', 'wrong password (padding check failed)', { cause: error });
  }
}

/** Decrypts `data` encrypted with the password-based scheme in `algorithm` (an AlgorithmIdentifier block). */
export async function decryptWithPassword(algorithm: asn1js.AsnType, password: string | null, data: Uint8Array, crypto: CryptoEngine): Promise<Uint8Array> {
  const [oidBlock, params] = sequenceFields(algorithm, 'encryption AlgorithmIdentifier');
  const oid = oidOf(oidBlock, 'encryption algorithm');
  if (oid === PBES2) return decryptPbes2(params, password, data, crypto);
  const scheme = PKCS12_PBE[oid];
  if (!scheme) throw unsupported(`password-based encryption ${oid}`);
  const [salt, count] = sequenceFields(params, 'pkcs-12PbeParams');
  if (!(salt instanceof asn1js.OctetString) || !(count instanceof asn1js.Integer)) throw new KuvertError('MALFORMED_KEY', 'malformed pkcs-12PbeParams');
  const saltBytes = valueBytes(salt);
  const iterations = count.valueBlock.valueDec;
  const key = await pkcs12Kdf(password, saltBytes, 1, iterations, scheme.keyLength);
  const iv = await pkcs12Kdf(password, saltBytes, 2, iterations, scheme.ivLength);
  return forgeDecrypt(scheme.cipher, key, iv, data);
}
