/**
 * Object identifiers used by the CMS code, named after their ASN.1 value names so a reader who knows
 * the RFCs finds them (RFC 5652, 5083, 5084, 3560, 5753, 3565, 8017).
 */
export const OID = {
  // RFC 5652 §4, §6, RFC 5083 §1
  data: '1.2.840.113549.1.7.1',
  envelopedData: '1.2.840.113549.1.7.3',
  authEnvelopedData: '1.2.840.113549.1.9.16.1.23',
  // RFC 3565 / RFC 5084 (NIST AES)
  aes128CBC: '2.16.840.1.101.3.4.1.2',
  aes192CBC: '2.16.840.1.101.3.4.1.22',
  aes256CBC: '2.16.840.1.101.3.4.1.42',
  aes128GCM: '2.16.840.1.101.3.4.1.6',
  aes192GCM: '2.16.840.1.101.3.4.1.26',
  aes256GCM: '2.16.840.1.101.3.4.1.46',
  aes128Wrap: '2.16.840.1.101.3.4.1.5',
  aes192Wrap: '2.16.840.1.101.3.4.1.25',
  aes256Wrap: '2.16.840.1.101.3.4.1.45',
  // RFC 8017 / RFC 3560
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsaesOaep: '1.2.840.113549.1.1.7',
  mgf1: '1.2.840.113549.1.1.8',
  pSpecified: '1.2.840.113549.1.1.9',
  // digests
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  // RFC 5480 / RFC 5753
  ecPublicKey: '1.2.840.10045.2.1',
  secp256r1: '1.2.840.10045.3.1.7',
  secp384r1: '1.3.132.0.34',
  secp521r1: '1.3.132.0.35',
  dhSinglePassStdDHSha1Kdf: '1.3.133.16.840.63.0.2',
  dhSinglePassStdDHSha256Kdf: '1.3.132.1.11.1',
  dhSinglePassStdDHSha384Kdf: '1.3.132.1.11.2',
  dhSinglePassStdDHSha512Kdf: '1.3.132.1.11.3',
  // RFC 5280
  subjectKeyIdentifier: '2.5.29.14',
  // RFC 8551 §2.5.2
  smimeCapabilities: '1.2.840.113549.1.9.15',
  // RFC 5652 §5, §11 (SignedData and its signed attributes)
  signedData: '1.2.840.113549.1.7.2',
  contentTypeAttribute: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  // RFC 5035 (ESS), RFC 8551 §2.5.3
  signingCertificate: '1.2.840.113549.1.9.16.2.12',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  smimeEncryptionKeyPreference: '1.2.840.113549.1.9.16.2.11',
  // RFC 8017, RFC 4055 (RSA signatures), RFC 5758 (ECDSA)
  sha1WithRSAEncryption: '1.2.840.113549.1.1.5',
  sha256WithRSAEncryption: '1.2.840.113549.1.1.11',
  sha384WithRSAEncryption: '1.2.840.113549.1.1.12',
  sha512WithRSAEncryption: '1.2.840.113549.1.1.13',
  rsassaPss: '1.2.840.113549.1.1.10',
  ecdsaWithSHA1: '1.2.840.10045.4.1',
  ecdsaWithSHA256: '1.2.840.10045.4.3.2',
  ecdsaWithSHA384: '1.2.840.10045.4.3.3',
  ecdsaWithSHA512: '1.2.840.10045.4.3.4',
} as const;
