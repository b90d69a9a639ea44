/**
 * RFC 5280 §4.2.1.13 cRLDistributionPoints and §5.2.5 issuingDistributionPoint, parsed here: pkijs
 * rejects DistributionPointName's nameRelativeToCRLIssuer choice (PKITS 4.14.4–4.14.6) and reads
 * onlySomeReasons from the wrong octet, so neither can be taken from its parsedValue.
 */
import * as asn1js from 'asn1js';
import { GeneralName, type Extension } from 'pkijs';
import { derBytes, parseAsn1 } from '../../cms/asn1.js';
import { KuvertError } from '../../errors.js';
import { normalizeName, type Rdn } from '../distinguished-name-match.js';
import { fromGeneralName, type Name } from './general-names.js';

export interface DistributionPointName {
  readonly fullName?: readonly Name[];
  /** nameRelativeToCRLIssuer: one RDN appended to the CRL issuer's name. */
  readonly relative?: Rdn;
}

export interface DistributionPointValue {
  readonly name: DistributionPointName | undefined;
  /** ReasonFlags in 16 bits, first octet high (bit 1 keyCompromise = 0x4000); undefined = all reasons. */
  readonly reasons: number | undefined;
  readonly cRLIssuer: readonly Name[] | undefined;
}

export interface IssuingDistributionPointValue {
  readonly name: DistributionPointName | undefined;
  readonly onlyUser: boolean;
  readonly onlyCa: boolean;
  readonly onlySomeReasons: number | undefined;
  readonly indirect: boolean;
  readonly onlyAttribute: boolean;
}

type Block = asn1js.AsnType & { valueBlock: { value?: asn1js.AsnType[]; valueHexView?: Uint8Array } };

function malformed(what: string): never {
  throw new KuvertError('MALFORMED_CERTIFICATE', `malformed ${what}`);
}

function tagged(items: readonly asn1js.AsnType[], tag: number): Block | undefined {
  return items.find((i) => i.idBlock.tagClass === 3 && i.idBlock.tagNumber === tag) as Block | undefined;
}

function generalNames(block: Block): Name[] {
  return (block.valueBlock.value ?? []).map((item) => fromGeneralName(new GeneralName({ schema: item })));
}

function reasonFlags(block: Block | undefined): number | undefined {
  if (!block) return undefined;
  const bytes = block.valueBlock.valueHexView;
  if (!bytes || bytes.length < 1) malformed('ReasonFlags');
  return ((bytes[1] ?? 0) << 8) | (bytes[2] ?? 0);
}

function booleanField(block: Block | undefined): boolean {
  return block !== undefined && (block.valueBlock.valueHexView?.[0] ?? 0) !== 0;
}

function distributionPointName(block: Block | undefined): DistributionPointName | undefined {
  const choice = block?.valueBlock.value?.[0] as Block | undefined;
  if (!block) return undefined;
  if (!choice || choice.idBlock.tagClass !== 3) malformed('DistributionPointName');
  if (choice.idBlock.tagNumber === 0) return { fullName: generalNames(choice) };
  if (choice.idBlock.tagNumber === 1) {
    const name = new asn1js.Sequence({ value: [new asn1js.Set({ value: choice.valueBlock.value ?? [] })] });
    return { relative: normalizeName(derBytes(name))[0]! };
  }
  return malformed('DistributionPointName');
}

function sequenceItems(extension: Extension, what: string): asn1js.AsnType[] {
  const block = parseAsn1(extension.extnValue.valueBlock.valueHexView, what, 'MALFORMED_CERTIFICATE');
  if (!(block instanceof asn1js.Sequence)) malformed(what);
  return block.valueBlock.value;
}

export function readCrlDistributionPoints(extension: Extension): readonly DistributionPointValue[] {
  return sequenceItems(extension, 'cRLDistributionPoints').map((point) => {
    if (!(point instanceof asn1js.Sequence)) malformed('DistributionPoint');
    const items = point.valueBlock.value;
    const issuer = tagged(items, 2);
    return { name: distributionPointName(tagged(items, 0)), reasons: reasonFlags(tagged(items, 1)), cRLIssuer: issuer ? generalNames(issuer) : undefined };
  });
}

export function readIssuingDistributionPoint(extension: Extension): IssuingDistributionPointValue {
  const items = sequenceItems(extension, 'issuingDistributionPoint');
  return {
    name: distributionPointName(tagged(items, 0)),
    onlyUser: booleanField(tagged(items, 1)),
    onlyCa: booleanField(tagged(items, 2)),
    onlySomeReasons: reasonFlags(tagged(items, 3)),
    indirect: booleanField(tagged(items, 4)),
    onlyAttribute: booleanField(tagged(items, 5)),
  };
}
