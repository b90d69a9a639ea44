/**
 * Where to fetch things about a certificate: RFC 5280 §4.2.2.1 authorityInfoAccess (caIssuers, OCSP).
 */
import { InfoAccess, type Extension } from 'pkijs';
import { PKI_OID } from '../oids.js';
import { fromGeneralName } from './general-names.js';
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
