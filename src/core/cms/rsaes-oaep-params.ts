/**
 * RSAES-OAEP-params (RFC 8017 Appendix A.2.1, RFC 3560 §3):
 *   SEQUENCE { hashAlgorithm [0] DEFAULT sha1, maskGenAlgorithm [1] DEFAULT mgf1SHA1,
 *              pSourceAlgorithm [2] DEFAULT pSpecifiedEmpty }
 * The MGF1 hash is carried separately from the OAEP hash and may differ.
 */
import * as asn1js from 'asn1js';
import { AlgorithmIdentifier, RSAESOAEPParams } from 'pkijs';
import { KuvertError } from '../errors.js';
import type { DigestAlgorithm, KeyTransportAlgorithm } from '../keys/key-provider.js';
import { OID } from './oids.js';
import { valueBytes } from './asn1.js';
import { DIGEST_OIDS, digestFromOid } from './digest-algorithms.js';

/** RFC 4055 §2.1: NULL parameters are written (and both NULL and absent are accepted). */
function digestAlgorithmIdentifier(digest: DigestAlgorithm): AlgorithmIdentifier {
  return new AlgorithmIdentifier({ algorithmId: DIGEST_OIDS[digest], algorithmParams: new asn1js.Null() });
}

export function encodeOaepParams(hash: DigestAlgorithm, mgfHash: DigestAlgorithm = hash): asn1js.Sequence {
  const fields: asn1js.AsnType[] = [];
  // DEFAULT values are omitted in DER (X.690 §11.5).
  if (hash !== 'SHA-1') {
    fields.push(new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value: [digestAlgorithmIdentifier(hash).toSchema()] }));
  }
  if (mgfHash !== 'SHA-1') {
    const mgf = new AlgorithmIdentifier({ algorithmId: OID.mgf1, algorithmParams: digestAlgorithmIdentifier(mgfHash).toSchema() });
    fields.push(new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 1 }, value: [mgf.toSchema()] }));
  }
  return new asn1js.Sequence({ value: fields });
}

export function parseOaepParams(params: unknown): KeyTransportAlgorithm {
  if (params === undefined || params instanceof asn1js.Null) return { name: 'RSA-OAEP', hash: 'SHA-1', mgfHash: 'SHA-1' };
  let parsed: RSAESOAEPParams;
  try {
    parsed = new RSAESOAEPParams({ schema: params });
  } catch (error) {
    throw new KuvertError('MALFORMED_CMS', 'malformed RSAES-OAEP-params', { cause: error });
  }
  const hash = digestFromOid(parsed.hashAlgorithm.algorithmId);
  if (parsed.maskGenAlgorithm.algorithmId !== OID.mgf1) throw new KuvertError('UNSUPPORTED_ALGORITHM', 'OAEP mask generation other than MGF1');
  let mgfHash: DigestAlgorithm = 'SHA-1';
  const mgfParams: unknown = parsed.maskGenAlgorithm.algorithmParams;
  if (mgfParams instanceof asn1js.Sequence) mgfHash = digestFromOid(new AlgorithmIdentifier({ schema: mgfParams }).algorithmId);
  // pkijs' DEFAULT for an absent pSourceAlgorithm carries SHA-1("") as the label, not the empty
  // label of pSpecifiedEmpty (RFC 8017 A.2.1); only an explicit [2] field may set a label.
  const explicitSource = params instanceof asn1js.Sequence
    && params.valueBlock.value.some((field) => field.idBlock.tagClass === 3 && field.idBlock.tagNumber === 2);
  if (!explicitSource) return { name: 'RSA-OAEP', hash, mgfHash };
  const source = parsed.pSourceAlgorithm;
  if (source.algorithmId !== OID.pSpecified) throw new KuvertError('UNSUPPORTED_ALGORITHM', 'OAEP pSource other than pSpecified');
  const labelParam: unknown = source.algorithmParams;
  const label = labelParam instanceof asn1js.OctetString ? valueBytes(labelParam) : undefined;
  return { name: 'RSA-OAEP', hash, mgfHash, ...(label && label.length > 0 ? { label } : {}) };
}
