/**
 * Minimal, independent handling of the outer S/MIME message (RFC 8551 §3.2): split headers from
 * the body, pull out the base64 `smime.p7m` body as DER for peers that want raw CMS (NSS, gpgsm),
 * and wrap a peer's DER output back into an S/MIME message for Kuvert.
 */
import { encodeBase64Lines } from './mime-builder.js';

export interface ParsedHeaders {
  /** Lower-case header name → unfolded values in order. */
  readonly byName: ReadonlyMap<string, readonly string[]>;
  first(name: string): string | undefined;
}

export function splitMessage(raw: Buffer): { headerText: string; body: Buffer } {
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  if (crlf < 0 && lf < 0) throw new Error('message has no blank line between headers and body');
  const useCrlf = crlf >= 0 && (lf < 0 || crlf <= lf);
  const end = useCrlf ? crlf : lf;
  return { headerText: raw.subarray(0, end).toString('utf8'), body: raw.subarray(end + (useCrlf ? 4 : 2)) };
}

export function parseHeaders(headerText: string): ParsedHeaders {
  const byName = new Map<string, string[]>();
  const unfolded = headerText.replace(/\r?\n(?=[ \t])/g, '');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`malformed header line: ${JSON.stringify(line.slice(0, 80))}`);
    const name = line.slice(0, colon).trim().toLowerCase();
    const values = byName.get(name) ?? [];
    values.push(line.slice(colon + 1).trim());
    byName.set(name, values);
  }
  return { byName, first: (name) => byName.get(name.toLowerCase())?.[0] };
}

/** A header value's parameter (`smime-type`, `name`, …), case-insensitive, quotes removed. */
export function headerParameter(value: string, parameter: string): string | undefined {
  const match = new RegExp(`;\\s*${parameter}\\s*=\\s*("([^"]*)"|[^;\\s]+)`, 'i').exec(value);
  return match === null ? undefined : (match[2] ?? match[1]);
}

export interface SmimeBody {
  readonly headers: ParsedHeaders;
  readonly contentType: string;
  readonly smimeType: string | undefined;
  /** The base64 text exactly as it stands in the message. */
  readonly base64Text: string;
  readonly der: Buffer;
}

/** Reads an `application/pkcs7-mime` message; throws when it is anything else. */
export function readSmimeBody(raw: Buffer): SmimeBody {
  const { headerText, body } = splitMessage(raw);
  const headers = parseHeaders(headerText);
  const contentType = headers.first('content-type') ?? '';
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'application/pkcs7-mime' && mediaType !== 'application/x-pkcs7-mime') {
    throw new Error(`not an S/MIME enveloped message: Content-Type ${contentType}`);
  }
  const encoding = headers.first('content-transfer-encoding')?.toLowerCase();
  if (encoding !== 'base64') throw new Error(`S/MIME body is not base64 but ${String(encoding)}`);
  const base64Text = body.toString('latin1');
  if (!/^[A-Za-z0-9+/=\r\n]*$/.test(base64Text)) throw new Error('S/MIME body has characters outside base64');
  return { headers, contentType, smimeType: headerParameter(contentType, 'smime-type'), base64Text, der: Buffer.from(base64Text, 'base64') };
}

/** Wraps DER CMS from a peer (NSS, gpgsm) as the S/MIME message a mail client would receive. */
export function wrapDerAsSmime(
  der: Uint8Array,
  outerHeaders: Readonly<Record<string, string>>,
  smimeType: 'enveloped-data' | 'authEnveloped-data' = 'enveloped-data',
): Buffer {
  const head = Object.entries(outerHeaders)
    .filter(([name, value]) => value !== '' && name !== 'MIME-Version')
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  return Buffer.from(
    `${head}MIME-Version: 1.0\r\n` +
      `Content-Type: application/pkcs7-mime; smime-type=${smimeType}; name="smime.p7m"\r\n` +
      'Content-Disposition: attachment; filename="smime.p7m"\r\n' +
      'Content-Transfer-Encoding: base64\r\n\r\n' +
      encodeBase64Lines(der),
    'utf8',
  );
}
