/**
 * Compares a decrypted message with what was sent, using postal-mime as an independent parser:
 * attachments byte for byte (by SHA-256, so a failure prints a short diff), text and HTML as text.
 */
import { createHash } from 'node:crypto';
import PostalMime, { decodeWords } from 'postal-mime';
import type { BuiltMessage } from './mime-builder.js';
import { readSmimeBody, type SmimeBody } from './smime-envelope.js';

export interface CompareOptions {
  /** Also compare the outer headers (Subject, From, To, Cc, Message-ID, Date). */
  readonly outerHeaders: boolean;
}

interface Comparable {
  subject?: string | undefined;
  from?: string | undefined;
  to?: string[] | undefined;
  cc?: string[] | undefined;
  messageId?: string | undefined;
  date?: string | undefined;
  text?: string | undefined;
  html?: string | undefined;
  attachments: { filename: string | null; mimeType: string; size: number; sha256: string }[];
}

/** Throws a Jest assertion error describing every difference between `decrypted` and `sent`. */
export async function expectSameMessage(decrypted: Uint8Array, sent: BuiltMessage, options: CompareOptions): Promise<void> {
  expect(decrypted.byteLength).toBeGreaterThan(0);
  const parsed = await PostalMime.parse(decrypted, { attachmentEncoding: 'arraybuffer' });
  const spec = sent.spec;
  const actual: Comparable = {
    text: spec.text === undefined ? undefined : normalizeText(parsed.text),
    html: spec.html === undefined ? undefined : normalizeText(parsed.html),
    attachments: parsed.attachments.map((a) => describeBytes(a.filename, a.mimeType, toBytes(a.content))),
  };
  const expected: Comparable = {
    text: spec.text === undefined ? undefined : normalizeText(spec.text),
    html: spec.html === undefined ? undefined : normalizeText(spec.html),
    attachments: (spec.attachments ?? []).map((a) => describeBytes(a.filename, a.contentType, a.data)),
  };
  if (options.outerHeaders) {
    Object.assign(actual, {
      subject: parsed.subject,
      from: parsed.from?.address,
      to: parsed.to?.map((a) => a.address ?? a.name),
      cc: parsed.cc?.map((a) => a.address ?? a.name) ?? [],
      messageId: parsed.messageId,
      date: parsed.date === undefined ? undefined : new Date(parsed.date).toISOString(),
    });
    Object.assign(expected, {
      subject: spec.subject,
      from: spec.from,
      to: [...spec.to],
      cc: [...(spec.cc ?? [])],
      messageId: spec.messageId,
      date: new Date(spec.date).toISOString(),
    });
  }
  expect(actual).toEqual(expected);
}

function normalizeText(text: string | undefined): string | undefined {
  return text?.replace(/\r\n/g, '\n').replace(/\n+$/, '');
}

function toBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === 'string') throw new Error('postal-mime returned a string attachment');
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

function describeBytes(filename: string | null, mimeType: string, data: Uint8Array): Comparable['attachments'][number] {
  return { filename, mimeType, size: data.byteLength, sha256: createHash('sha256').update(data).digest('hex') };
}

const KEPT_HEADERS = ['From', 'To', 'Cc', 'Date', 'Message-ID', 'Subject', 'MIME-Version'] as const;

/**
 * Checks that an encrypted message kept the sent outer headers (RFC 2047 words compared decoded,
 * everything else with whitespace collapsed) and is `application/pkcs7-mime` of `smimeType`.
 */
export function expectSmimeEnvelope(encrypted: Buffer, sent: BuiltMessage, smimeType: 'enveloped-data' | 'authEnveloped-data'): SmimeBody {
  const body = readSmimeBody(encrypted);
  expect({ smimeType: body.smimeType, mediaType: body.contentType.split(';')[0]!.trim().toLowerCase() }).toEqual({
    smimeType,
    mediaType: 'application/pkcs7-mime',
  });
  const canonical = (value: string | undefined): string | undefined =>
    value === undefined ? undefined : decodeWords(value).replace(/\s+/g, ' ').trim();
  const kept = Object.fromEntries(KEPT_HEADERS.map((name) => [name, canonical(body.headers.first(name))]));
  const sentValues = Object.fromEntries(KEPT_HEADERS.map((name) => [name, canonical(sent.headers[name] || undefined)]));
  expect(kept).toEqual(sentValues);
  return body;
}
