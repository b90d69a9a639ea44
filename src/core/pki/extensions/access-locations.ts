/**
 * Where to fetch things about a certificate: RFC 5280 §4.2.2.1 authorityInfoAccess (caIssuers, OCSP)
 * and §4.2.1.13 cRLDistributionPoints (only full-name URIs and directory names, no reasons subsets).
 */
import { CRLDistributionPoints, InfoAccess, type Extension } from 'pkijs';
import { PKI_OID } from '../oids.js';
import { fromGeneralName, type Name } from './general-names.js';
import { parsedExtension } from './parsed-extension.js';

export interface AccessLocations {
  readonly caIssuers: readonly string[];
  readonly ocsp: readonly string[];
}

export function readAuthorityInfoAccess(extension: Extension): AccessLocations {
  const descriptions = parsedExtension(extension, InfoAccess, 'authorityInfoAccess').accessDescriptions;
  const uris = (method: string): string[] =>
    descriptions.filter((d) => d.accessMethod === method).map((d) => fromGeneralName(d.accessLocation)).flatMap((n) => (n.kind === 'uri' ? [n.value] : []));
  return { caIssuers: uris(PKI_OID.caIssuers), ocsp: uris(PKI_OID.ocsp) };
}

export interface DistributionPointValue {
  /** fullName, or undefined when the point uses nameRelativeToCRLIssuer or is absent. */
  readonly fullName: readonly Name[] | undefined;
  /** Reasons bit string as a number (bit 1 keyCompromise … bit 8 aACompromise); undefined = all. */
  readonly reasons: number | undefined;
  readonly cRLIssuer: readonly Name[] | undefined;
  /** True when the point names its CRL relative to the issuer (nameRelativeToCRLIssuer). */
  readonly relativeName: boolean;
}

export function readCrlDistributionPoints(extension: Extension): readonly DistributionPointValue[] {
  return parsedExtension(extension, CRLDistributionPoints, 'cRLDistributionPoints').distributionPoints.map((point) => {
    const name = point.distributionPoint;
    const bits = point.reasons?.valueBlock.valueHexView;
    return {
      fullName: Array.isArray(name) ? name.map(fromGeneralName) : undefined,
      relativeName: name !== undefined && !Array.isArray(name),
      reasons: bits === undefined ? undefined : ((bits[0] ?? 0) << 8) | (bits[1] ?? 0),
      cRLIssuer: point.cRLIssuer?.map(fromGeneralName),
    };
  });
}
