/**
 * RFC 8550 §3: a receiving agent checks that the From address matches an e-mail address in the
 * signer certificate (subjectAltName rfc822Name or the legacy emailAddress attribute). SITHS
 * certificates often carry none: then the identity is reported, and no mismatch is claimed.
 */
import type { CertificateProfile } from '../pki/index.js';

export interface SenderMatch {
  readonly status: 'match' | 'mismatch' | 'no-email-in-certificate' | 'no-from';
  /** The From address (addr-spec). */
  readonly from: string | null;
  readonly certificateEmail: string | null;
}

/** The addr-spec of a From field value: the part in angle brackets, else the whole trimmed value. */
export function fromAddress(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const angle = /<([^<>\s]+@[^<>\s]+)>/.exec(value);
  const bare = angle?.[1] ?? /^\s*([^\s<>,;]+@[^\s<>,;]+)\s*$/.exec(value)?.[1];
  return bare?.toLowerCase();
}

export function senderMatch(from: string | undefined, profile: CertificateProfile | undefined): SenderMatch {
  const address = fromAddress(from) ?? null;
  const email = profile?.email?.toLowerCase() ?? null;
  if (address === null) return { status: 'no-from', from: null, certificateEmail: email };
  if (email === null) return { status: 'no-email-in-certificate', from: address, certificateEmail: null };
  return { status: address === email ? 'match' : 'mismatch', from: address, certificateEmail: email };
}
