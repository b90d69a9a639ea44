/** RFC 5280 §4.2.1.5 policyMappings: issuerDomainPolicy → subjectDomainPolicy pairs. */
import { PolicyMappings, type Extension } from 'pkijs';
import { parsedExtension } from './parsed-extension.js';

export interface PolicyMappingValue {
  readonly issuerDomainPolicy: string;
  readonly subjectDomainPolicy: string;
}

export function readPolicyMappings(extension: Extension): readonly PolicyMappingValue[] {
  return parsedExtension(extension, PolicyMappings, 'policyMappings').mappings.map((m) => ({
    issuerDomainPolicy: m.issuerDomainPolicy,
    subjectDomainPolicy: m.subjectDomainPolicy,
  }));
}
