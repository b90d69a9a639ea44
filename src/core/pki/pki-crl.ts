/**
 * A parsed X.509 CRL (RFC 5280 §5) with the fields revocation checking needs: scope (issuing
 * distribution point), delta indicator, CRL number and entries. Unknown critical CRL or entry
 * extensions make the CRL unusable (§5.2, §5.3) but not unparseable.
 */
import * as asn1js from 'asn1js';
import { CertificateRevocationList, type Extension } from 'pkijs';
import { toHex } from '../bytes.js';
import { parseAsn1, valueBytes } from '../cms/asn1.js';
import { KuvertError } from '../errors.js';
import { normalizeName, type NormalizedName } from './distinguished-name-match.js';
import { readIssuingDistributionPoint, type IssuingDistributionPointValue } from './extensions/distribution-points.js';
import { fromGeneralName } from './extensions/general-names.js';
import { PKI_OID } from './oids.js';
import { derBytes } from '../cms/asn1.js';

const KNOWN_CRL_EXTENSIONS = new Set<string>([PKI_OID.cRLNumber, PKI_OID.deltaCRLIndicator, PKI_OID.issuingDistributionPoint, PKI_OID.authorityKeyIdentifier, PKI_OID.issuerAltName, PKI_OID.freshestCRL]);
const KNOWN_ENTRY_EXTENSIONS = new Set<string>([PKI_OID.cRLReason, PKI_OID.invalidityDate, PKI_OID.certificateIssuer]);

export const CRL_REASONS = ['unspecified', 'keyCompromise', 'cACompromise', 'affiliationChanged', 'superseded', 'cessationOfOperation', 'certificateHold', 'unused', 'removeFromCRL', 'privilegeWithdrawn', 'aACompromise'] as const;

export interface CrlEntry {
  readonly serial: string;
  /** Issuer of the revoked certificate (differs from the CRL issuer only in indirect CRLs). */
  readonly certificateIssuer: NormalizedName;
  readonly revocationDate: Date;
  readonly reason: string | undefined;
}

function integerOf(extension: Extension): number {
  const block = parseAsn1(extension.extnValue.valueBlock.valueHexView, 'CRL integer', 'CRL_INVALID');
  if (!(block instanceof asn1js.Integer)) throw new KuvertError('CRL_INVALID', 'expected an INTEGER');
  return block.valueBlock.valueDec;
}

export class PkiCrl {
  readonly crl: CertificateRevocationList;
  readonly issuer: NormalizedName;
  readonly issuerDer: Uint8Array;
  private entriesCache: CrlEntry[] | undefined;
  private scopeCache: IssuingDistributionPointValue | undefined;

  constructor(readonly der: Uint8Array) {
    try {
      this.crl = new CertificateRevocationList({ schema: parseAsn1(der, 'CRL', 'CRL_INVALID') });
      this.issuerDer = derBytes(this.crl.issuer.toSchema());
      this.issuer = normalizeName(this.issuerDer);
    } catch (error) {
      throw error instanceof KuvertError && error.code === 'CRL_INVALID' ? error : new KuvertError('CRL_INVALID', 'cannot parse CRL', { cause: error });
    }
  }

  /** §5.2: a CRL with a critical extension we do not process MUST NOT be used (it still parses). */
  get unknownCriticalExtension(): string | undefined {
    return this.extensions.find((e) => e.critical && !KNOWN_CRL_EXTENSIONS.has(e.extnID))?.extnID;
  }

  private get extensions(): Extension[] {
    return this.crl.crlExtensions?.extensions ?? [];
  }

  private extension(oid: string): Extension | undefined {
    return this.extensions.find((e) => e.extnID === oid);
  }

  get thisUpdate(): Date {
    return this.crl.thisUpdate.value;
  }
  get nextUpdate(): Date | undefined {
    return this.crl.nextUpdate?.value;
  }
  get crlNumber(): number | undefined {
    const e = this.extension(PKI_OID.cRLNumber);
    return e ? integerOf(e) : undefined;
  }
  /** The base CRL number a delta CRL applies to (§5.2.4), undefined for a complete CRL. */
  get deltaBase(): number | undefined {
    const e = this.extension(PKI_OID.deltaCRLIndicator);
    return e ? integerOf(e) : undefined;
  }
  get authorityKeyId(): string | undefined {
    const id = (this.extension(PKI_OID.authorityKeyIdentifier)?.parsedValue as { keyIdentifier?: unknown } | undefined)?.keyIdentifier;
    return id === undefined ? undefined : toHex(valueBytes(id));
  }

  get scope(): IssuingDistributionPointValue {
    this.scopeCache ??= (() => {
      const e = this.extension(PKI_OID.issuingDistributionPoint);
      return e ? readIssuingDistributionPoint(e) : { name: undefined, onlyUser: false, onlyCa: false, onlySomeReasons: undefined, indirect: false, onlyAttribute: false };
    })();
    return this.scopeCache;
  }

  /** Entries in order; §5.3.3 certificateIssuer applies to the entry and all following ones. */
  get entries(): readonly CrlEntry[] {
    if (this.entriesCache) return this.entriesCache;
    let certificateIssuer = this.issuer;
    this.entriesCache = (this.crl.revokedCertificates ?? []).map((entry) => {
      const extensions = entry.crlEntryExtensions?.extensions ?? [];
      const unknown = extensions.find((x) => x.critical && !KNOWN_ENTRY_EXTENSIONS.has(x.extnID));
      if (unknown) throw new KuvertError('CRL_INVALID', `unknown critical CRL entry extension ${unknown.extnID}`);
      const issuerExtension = extensions.find((x) => x.extnID === PKI_OID.certificateIssuer);
      if (issuerExtension) {
        const names = ((issuerExtension.parsedValue as { names?: unknown[] } | undefined)?.names ?? []) as Parameters<typeof fromGeneralName>[0][];
        const directory = names.map(fromGeneralName).find((n) => n.kind === 'directory');
        if (!directory || directory.kind !== 'directory') throw new KuvertError('CRL_INVALID', 'certificateIssuer without a directory name');
        certificateIssuer = directory.value;
      }
      const reasonExtension = extensions.find((x) => x.extnID === PKI_OID.cRLReason);
      let reason: string | undefined;
      if (reasonExtension) {
        const block = parseAsn1(reasonExtension.extnValue.valueBlock.valueHexView, 'cRLReason', 'CRL_INVALID');
        reason = CRL_REASONS[(block as asn1js.Enumerated).valueBlock.valueDec] ?? 'unspecified';
      }
      return { serial: toHex(valueBytes(entry.userCertificate)), certificateIssuer, revocationDate: entry.revocationDate.value, reason };
    });
    return this.entriesCache;
  }
}
