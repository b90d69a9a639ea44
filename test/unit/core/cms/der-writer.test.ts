/** The hand DER writers used on the signing path produce the bytes asn1js produces. */
import * as asn1js from 'asn1js';
import { derOid, derSmallInteger, derUnsignedInteger } from '../../../../src/core/cms/der-writer.js';
import { signatureAlgorithmDer, digestAlgorithmDer } from '../../../../src/core/cms/signature-algorithms.js';
import { derBytes } from '../../../../src/core/cms/asn1.js';
import { DIGEST_OIDS } from '../../../../src/core/cms/digest-algorithms.js';
import { OID } from '../../../../src/core/cms/oids.js';
import type { DigestAlgorithm } from '../../../../src/core/keys/key-provider.js';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

test.each(['1.2.840.113549.1.7.2', '2.16.840.1.101.3.4.2.1', '1.3.6.1.4.1.311.16.4', '2.999.3', '0.9.2342.19200300.100.1.25', '1.2.752.29.4.13'])('OID %s', (oid) => {
  expect(hex(derOid(oid))).toBe(hex(derBytes(new asn1js.ObjectIdentifier({ value: oid }))));
});

test('invalid OIDs are refused', () => {
  for (const oid of ['1', '3.1', '1.40', '1.2.x', '']) expect(() => derOid(oid)).toThrow(RangeError);
});

test.each(['00', '000001', '7f', '80', 'ff01', '00008000', '00ff'])('unsigned INTEGER from magnitude %s', (magnitude) => {
  const value = BigInt(`0x${magnitude}`);
  expect(hex(derUnsignedInteger(Uint8Array.from(Buffer.from(magnitude, 'hex'))))).toBe(hex(derBytes(asn1js.Integer.fromBigInt(value))));
});

test.each([0, 1, 32, 127, 128, 255, 256, 65_537])('small INTEGER %i', (value) => {
  expect(hex(derSmallInteger(value))).toBe(hex(derBytes(new asn1js.Integer({ value }))));
});

const digests: DigestAlgorithm[] = ['SHA-256', 'SHA-384', 'SHA-512'];
const sequence = (...value: asn1js.AsnType[]): asn1js.Sequence => new asn1js.Sequence({ value });
const oid = (value: string): asn1js.ObjectIdentifier => new asn1js.ObjectIdentifier({ value });
const explicit = (tagNumber: number, value: asn1js.AsnType): asn1js.Constructed => new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber }, value: [value] });

test.each(digests)('algorithm identifiers for %s: as asn1js writes them', (digest) => {
  const bits = digest.slice(4);
  expect(hex(digestAlgorithmDer(digest))).toBe(hex(derBytes(sequence(oid(DIGEST_OIDS[digest])))));
  expect(hex(signatureAlgorithmDer({ name: 'RSASSA-PKCS1-v1_5', hash: digest }))).toBe(hex(derBytes(sequence(oid((OID as Record<string, string>)[`sha${bits}WithRSAEncryption`]!), new asn1js.Null()))));
  expect(hex(signatureAlgorithmDer({ name: 'ECDSA', hash: digest }))).toBe(hex(derBytes(sequence(oid((OID as Record<string, string>)[`ecdsaWithSHA${bits}`]!)))));
  const salt = Number(bits) / 8;
  const pss = sequence(oid(OID.rsassaPss), sequence(
    explicit(0, sequence(oid(DIGEST_OIDS[digest]))),
    explicit(1, sequence(oid(OID.mgf1), sequence(oid(DIGEST_OIDS[digest])))),
    explicit(2, new asn1js.Integer({ value: salt })),
  ));
  expect(hex(signatureAlgorithmDer({ name: 'RSA-PSS', hash: digest, saltLength: salt }))).toBe(hex(derBytes(pss)));
});
