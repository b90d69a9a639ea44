/**
 * `/v1/certificates…`: the local store of correspondents' certificates (list, import, remove),
 * path validation with OCSP/CRL/AIA fetched here (a web add-in cannot: responders send no CORS
 * headers), and harvesting from signed messages the companion verifies itself.
 */
import { KuvertError } from '../../../core/errors.js';
import { validateCertificatePath } from '../../../core/pki/index.js';
import type { RevocationOptions } from '../../../core/pki/types.js';
import {
  certificateHarvestRequest, certificateHarvestResponse, certificateImportRequest, certificateImportResponse, certificatesResponse,
  certificateValidateRequest, certificateValidateResponse, MAX_HARVEST_REQUEST_BYTES, type CertificateValidateResponse,
} from '../../../protocol/index.js';
import { harvestSigners } from '../../certstore/harvest-signers.js';
import { b64, bytesOf, checked, holderOf, type ApiCall, type ApiContext } from '../api-context.js';

function revocationOf(context: ApiContext): RevocationOptions {
  return { mode: context.revocation, ...(context.fetch ? { fetch: context.fetch } : {}) };
}

async function validate(call: ApiCall, context: ApiContext): Promise<CertificateValidateResponse> {
  const request = certificateValidateRequest.parse(await call.readBody(512 * 1024));
  const at = request.at === undefined ? undefined : new Date(request.at);
  if (at !== undefined && (!/^\d{4}-\d\d-\d\d/u.test(request.at ?? '') || Number.isNaN(at.getTime()))) throw new KuvertError('INVALID_ARGUMENT', 'at must be an ISO 8601 time');
  const certificate = bytesOf(request.certificate);
  const { holder } = holderOf(certificate);
  if (context.trustAnchors.length === 0) {
    return checked(certificateValidateResponse, {
      valid: false, code: 'UNTRUSTED_CHAIN', message: 'the companion has no trust anchors configured', validNow: false,
      revocation: { status: 'not-checked' }, warnings: ['NO_TRUST_ANCHORS'], ...(holder ? { holder } : {}), chain: [],
    });
  }
  const result = await validateCertificatePath({
    certificate, intermediates: (request.intermediates ?? []).map(bytesOf), trustAnchors: context.trustAnchors, usage: request.usage,
    ...(at ? { at } : {}), revocation: revocationOf(context), ...(context.fetch ? { aiaFetch: context.fetch } : {}),
  }, context.crypto);
  return checked(certificateValidateResponse, {
    valid: result.valid,
    ...(result.code !== undefined ? { code: result.code } : {}),
    ...(result.message !== undefined ? { message: result.message.slice(0, 1024) } : {}),
    validNow: result.validNow,
    revocation: {
      status: result.revocation.status,
      ...(result.revocation.source ? { source: result.revocation.source } : {}),
      ...(result.revocation.revokedAt ? { revokedAt: result.revocation.revokedAt } : {}),
      ...(result.revocation.reason ? { reason: result.revocation.reason } : {}),
    },
    warnings: [...result.warnings],
    ...(holder ? { holder } : {}),
    chain: result.chain.map((profile) => profile.subject.slice(0, 1024)).slice(0, 16),
  });
}

async function harvest(call: ApiCall, context: ApiContext): Promise<unknown> {
  const request = certificateHarvestRequest.parse(await call.readBody(MAX_HARVEST_REQUEST_BYTES));
  const result = await harvestSigners(bytesOf(request.message), context.certificates, {
    trustAnchors: context.trustAnchors, revocation: revocationOf(context), source: request.source ?? 'a signed message',
    ...(context.fetch ? { aiaFetch: context.fetch } : {}),
  }, context.crypto);
  return checked(certificateHarvestResponse, { fingerprints: [...result.fingerprints], ...(result.code !== undefined ? { code: result.code } : {}) });
}

export function certificateRoutes(call: ApiCall, context: ApiContext): Promise<unknown> | undefined {
  const { method, path } = call;
  if (method === 'GET' && path === '/v1/certificates') {
    return context.certificates.list().then((entries) => checked(certificatesResponse, {
      certificates: entries.map((entry) => ({
        fingerprint: entry.fingerprint, certificate: b64(entry.der), holder: holderOf(entry.der).holder!, source: entry.source.slice(0, 1024), expiry: entry.expiry,
      })),
    }));
  }
  if (method === 'POST' && path === '/v1/certificates') {
    return call.readBody(2 * 1024 * 1024).then(async (body) => {
      const request = certificateImportRequest.parse(body);
      return checked(certificateImportResponse, { fingerprints: await context.certificates.import(bytesOf(request.data), request.source) });
    });
  }
  if (method === 'POST' && path === '/v1/certificates/validate') return validate(call, context);
  if (method === 'POST' && path === '/v1/certificates/harvest') return harvest(call, context);
  const removal = /^\/v1\/certificates\/([0-9a-f]{64})\/remove$/u.exec(path);
  if (method === 'POST' && removal?.[1]) return context.certificates.remove(removal[1]).then(() => ({}));
  return undefined;
}
