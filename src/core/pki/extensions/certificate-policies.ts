/** RFC 5280 §4.2.1.4 certificatePolicies: the policy OIDs (qualifiers are not processed). */
import { CertificatePolicies, type Extension } from 'pkijs';
import { KuvertError } from '../../errors.js';
import { parsedExtension } from './parsed-extension.js';

export function readCertificatePolicies(extension: Extension): readonly string[] {
  const oids = parsedExtension(extension, CertificatePolicies, 'certificatePolicies').certificatePolicies.map((p) => p.policyIdentifier);
  // §4.2.1.4: a policy identifier MUST NOT appear more than once.
  if (new Set(oids).size !== oids.length) throw new KuvertError('MALFORMED_CERTIFICATE', 'a certificate policy appears twice');
  return oids;
}
