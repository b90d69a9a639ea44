/** RFC 5280 §4.2.1.11 policyConstraints (one of the two fields MUST be present) and §4.2.1.14 inhibitAnyPolicy. */
import * as asn1js from 'asn1js';
import { PolicyConstraints, type Extension } from 'pkijs';
import { parseAsn1 } from '../../cms/asn1.js';
import { KuvertError } from '../../errors.js';
import { parsedExtension } from './parsed-extension.js';

export interface PolicyConstraintsValue {
  readonly requireExplicitPolicy: number | undefined;
  readonly inhibitPolicyMapping: number | undefined;
}

function skipCerts(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw new KuvertError('MALFORMED_CERTIFICATE', 'SkipCerts out of range');
  return value;
}

export function readPolicyConstraints(extension: Extension): PolicyConstraintsValue {
  const value = parsedExtension(extension, PolicyConstraints, 'policyConstraints');
  const result = { requireExplicitPolicy: skipCerts(value.requireExplicitPolicy), inhibitPolicyMapping: skipCerts(value.inhibitPolicyMapping) };
  if (result.requireExplicitPolicy === undefined && result.inhibitPolicyMapping === undefined) {
    throw new KuvertError('MALFORMED_CERTIFICATE', 'policyConstraints is empty');
  }
  return result;
}

/** pkijs does not parse inhibitAnyPolicy (InhibitAnyPolicy ::= SkipCerts): we read the INTEGER. */
export function readInhibitAnyPolicy(extension: Extension): number {
  const block = parseAsn1(extension.extnValue.valueBlock.valueHexView, 'inhibitAnyPolicy', 'MALFORMED_CERTIFICATE');
  if (!(block instanceof asn1js.Integer)) throw new KuvertError('MALFORMED_CERTIFICATE', 'inhibitAnyPolicy is not an INTEGER');
  return skipCerts(block.valueBlock.valueDec) ?? 0;
}
