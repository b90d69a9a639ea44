/**
 * SMIMECapabilities (RFC 8551 §2.5.2): the algorithms a correspondent announced in the signed
 * attributes of an earlier message. Parsed into a small list; the order is the sender's preference.
 *   SMIMECapabilities ::= SEQUENCE OF SEQUENCE { capabilityID OID, parameters ANY OPTIONAL }
 */
import * as asn1js from 'asn1js';
import { KuvertError } from '../errors.js';
import { derBytes, parseAsn1 } from './asn1.js';

export interface SmimeCapability {
  /** Dotted OID, e.g. 2.16.840.1.101.3.4.1.46 for AES-256-GCM. */
  readonly algorithm: string;
  /** DER of the parameters, when present. */
  readonly parameters?: Uint8Array;
}

export type SmimeCapabilities = readonly SmimeCapability[];

/** Parses the attribute value (the SEQUENCE OF) of an smimeCapabilities attribute. */
export function parseSmimeCapabilities(der: Uint8Array): SmimeCapabilities {
  const outer = parseAsn1(der, 'SMIMECapabilities');
  if (!(outer instanceof asn1js.Sequence)) throw new KuvertError('MALFORMED_CMS', 'SMIMECapabilities is not a SEQUENCE');
  return outer.valueBlock.value.map((item) => {
    const [id, parameters] = item instanceof asn1js.Sequence ? item.valueBlock.value : [];
    if (!(id instanceof asn1js.ObjectIdentifier)) throw new KuvertError('MALFORMED_CMS', 'malformed SMIMECapability');
    return { algorithm: id.valueBlock.toString(), ...(parameters ? { parameters: derBytes(parameters) } : {}) };
  });
}

export function announces(capabilities: SmimeCapabilities | undefined, oid: string): boolean {
  return capabilities?.some((capability) => capability.algorithm === oid) ?? false;
}
