/** `/v1/directory/lookup` (recipients' certificates over LDAP) and `/v1/policy` (the organisation's policy). */
import { KuvertError } from '../../../core/errors.js';
import { directoryLookupRequest, directoryLookupResponse, policyResponse } from '../../../protocol/index.js';
import { findCertificatesByEmail } from '../../directory/ldap-directory.js';
import { b64, checked, type ApiCall, type ApiContext } from '../api-context.js';

async function lookup(call: ApiCall, context: ApiContext): Promise<unknown> {
  const { email } = directoryLookupRequest.parse(await call.readBody());
  const results = await Promise.allSettled(context.directories.map((server) => findCertificatesByEmail(email, server)));
  const found = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const invalid = results.find((result): result is PromiseRejectedResult => result.status === 'rejected' && result.reason instanceof KuvertError && result.reason.code === 'INVALID_ARGUMENT');
  if (invalid) throw invalid.reason as KuvertError;
  const selected = found.map((result) => result.selection.selected?.der).find((der) => der !== undefined);
  return checked(directoryLookupResponse, {
    ...(selected ? { selected: b64(selected) } : {}),
    certificates: found.flatMap((result) => result.certificates.map(b64)),
    unreachable: context.directories.filter((_, i) => results[i]?.status === 'rejected').map((server) => server.url),
  });
}

export function directoryRoutes(call: ApiCall, context: ApiContext): Promise<unknown> | undefined {
  if (call.method === 'POST' && call.path === '/v1/directory/lookup') return lookup(call, context);
  if (call.method === 'GET' && call.path === '/v1/policy') {
    if (!context.policy) return Promise.reject(new KuvertError('NOT_FOUND', 'the companion has no organisation policy configured'));
    return Promise.resolve(checked(policyResponse, { policy: context.policy.text, source: context.policy.source }));
  }
  return undefined;
}
