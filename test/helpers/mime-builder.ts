/**
 * Builds RFC 5322 / MIME test messages on its own, independent of src/core/mime (the code under
 * test): RFC 2047 encoded-words for headers, RFC 2231 parameters for file names, base64 and
 * quoted-printable bodies, CRLF line ends.
 */
import { randomBytes } from 'node:crypto';

export interface AttachmentSpec {
  readonly filename: string;
  readonly contentType: string;
  readonly data: Uint8Array;
}

export interface MessageSpec {
  readonly from: string;
  readonly to: readonly string[];
  readonly cc?: readonly string[];
  readonly subject: string;
  readonly date: string;
  readonly messageId: string;
  readonly text?: string;
  readonly html?: string;
  readonly attachments?: readonly AttachmentSpec[];
}

export interface BuiltMessage {
  readonly spec: MessageSpec;
  /** The whole RFC 5322 message: outer headers and the MIME entity. */
  readonly raw: Buffer;
  /** Only the MIME entity (Content-Type … and body): what a CMS envelope carries. */
  readonly entity: Buffer;
  /** Outer header values as written (already RFC 2047-encoded), by header name. */
  readonly headers: Readonly<Record<'From' | 'To' | 'Cc' | 'Date' | 'Message-ID' | 'Subject' | 'MIME-Version', string>>;
}

const CRLF = '\r\n';

export function buildMessage(spec: MessageSpec): BuiltMessage {
  const headers = {
    From: spec.from,
    To: spec.to.join(', '),
    Cc: (spec.cc ?? []).join(', '),
    Date: spec.date,
    'Message-ID': spec.messageId,
    Subject: encodeHeaderWords(spec.subject),
    'MIME-Version': '1.0',
  };
  const outer = Object.entries(headers)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `${name}: ${value}${CRLF}`)
    .join('');
  const entity = buildEntity(spec);
  return { spec, raw: Buffer.concat([Buffer.from(outer, 'utf8'), entity]), entity, headers };
}

function buildEntity(spec: MessageSpec): Buffer {
  const bodyParts: Buffer[] = [];
  if (spec.text !== undefined) bodyParts.push(textPart(spec.text));
  if (spec.html !== undefined) bodyParts.push(htmlPart(spec.html));
  const body =
    bodyParts.length === 1 ? bodyParts[0]! : multipart('alternative', bodyParts.length === 0 ? [textPart('')] : bodyParts);
  const attachments = spec.attachments ?? [];
  return attachments.length === 0 ? body : multipart('mixed', [body, ...attachments.map(attachmentPart)]);
}

function multipart(subtype: string, parts: readonly Buffer[]): Buffer {
  const boundary = `=_kuvert_test_${subtype}_${randomBytes(12).toString('hex')}`;
  const chunks: Buffer[] = [Buffer.from(`Content-Type: multipart/${subtype}; boundary="${boundary}"${CRLF}${CRLF}This is a multi-part message in MIME format.${CRLF}`)];
  for (const part of parts) chunks.push(Buffer.from(`--${boundary}${CRLF}`), part, Buffer.from(CRLF));
  chunks.push(Buffer.from(`--${boundary}--${CRLF}`));
  return Buffer.concat(chunks);
}

function textPart(text: string): Buffer {
  const head = `Content-Type: text/plain; charset=utf-8${CRLF}Content-Transfer-Encoding: quoted-printable${CRLF}${CRLF}`;
  return Buffer.from(head + encodeQuotedPrintable(Buffer.from(text, 'utf8')));
}

function htmlPart(html: string): Buffer {
  const head = `Content-Type: text/html; charset=utf-8${CRLF}Content-Transfer-Encoding: base64${CRLF}${CRLF}`;
  return Buffer.from(head + encodeBase64Lines(Buffer.from(html, 'utf8')));
}

function attachmentPart(attachment: AttachmentSpec): Buffer {
  const name = encodeParameter('name', attachment.filename);
  const filename = encodeParameter('filename', attachment.filename);
  const head =
    `Content-Type: ${attachment.contentType};${CRLF} ${name}${CRLF}` +
    `Content-Disposition: attachment;${CRLF} ${filename}${CRLF}` +
    `Content-Transfer-Encoding: base64${CRLF}${CRLF}`;
  return Buffer.from(head + encodeBase64Lines(attachment.data));
}

/** Base64 in 76-character lines, each ending in CRLF (RFC 2045 §6.8). */
export function encodeBase64Lines(data: Uint8Array): string {
  const b64 = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
  return lines.map((line) => line + CRLF).join('');
}

/** Quoted-printable (RFC 2045 §6.7): line breaks stay CRLF, lines are soft-broken before 76 characters. */
export function encodeQuotedPrintable(data: Buffer): string {
  const lines = data.toString('latin1').split(/\r?\n/);
  return lines
    .map((line) => {
      let out = '';
      let current = '';
      const bytes = Buffer.from(line, 'latin1');
      bytes.forEach((byte, i) => {
        const last = i === bytes.length - 1;
        const plain = byte >= 33 && byte <= 126 && byte !== 61;
        const space = (byte === 32 || byte === 9) && !last;
        const token = plain || space ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
        if (current.length + token.length > 75) {
          out += `${current}=${CRLF}`;
          current = '';
        }
        current += token;
      });
      return out + current;
    })
    .join(CRLF);
}

/** RFC 2047 "B" encoded-words of at most 75 characters, never splitting a UTF-8 sequence. */
export function encodeHeaderWords(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  const words: string[] = [];
  let chunk = '';
  for (const char of value) {
    if (Buffer.byteLength(chunk + char, 'utf8') > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk !== '') words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}

/** An RFC 2231 extended parameter, split into continuations (name*0*, name*1*, …) of bounded length. */
export function encodeParameter(name: string, value: string): string {
  const encoded = Array.from(Buffer.from(value, 'utf8'), (byte) =>
    /[A-Za-z0-9!#$&+.^_`|~-]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');
  const first = `UTF-8''${encoded}`;
  if (first.length <= 60) return `${name}*=${first}`;
  const pieces: string[] = [];
  let rest = first;
  while (rest.length > 0) {
    // Never cut inside a %XX escape.
    let cut = Math.min(60, rest.length);
    const percent = rest.lastIndexOf('%', cut - 1);
    if (percent > cut - 3 && percent >= 0 && cut < rest.length) cut = percent;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return pieces.map((piece, i) => `${name}*${i}*=${piece}`).join(`;${CRLF} `);
}

/** Random binary content: no structure a parser or a compressor could lean on. */
export function randomContent(size: number): Buffer {
  return randomBytes(size);
}

export const KB = 1024;
export const MB = 1024 * 1024;

/** A typical Swedish public-sector message: UTF-8 subject, text and HTML, and the given attachments. */
export function swedishMessage(options: {
  from: string;
  to: readonly string[];
  cc?: readonly string[];
  attachments?: readonly AttachmentSpec[];
  subject?: string;
}): BuiltMessage {
  const id = randomBytes(8).toString('hex');
  return buildMessage({
    from: options.from,
    to: options.to,
    ...(options.cc === undefined ? {} : { cc: options.cc }),
    subject: options.subject ?? `Ärende: sjukskrivning åäö ÅÄÖ – dnr ${id}`,
    date: 'Tue, 24 Nov 2026 09:15:00 +0100',
    messageId: `<${id}@kuvert.test>`,
    text: `Hej!\r\n\r\nHär kommer läkarintyget för ärende ${id}.\r\nMed vänlig hälsning,\r\nHandläggaren på Försäkringskassan – åäö ÅÄÖ é ü €\r\n`,
    html: `<!doctype html><html><body><p>Hej!</p><p>Här kommer <b>läkarintyget</b> för ärende ${id}.</p><p>åäö ÅÄÖ €</p></body></html>`,
    ...(options.attachments === undefined ? {} : { attachments: options.attachments }),
  });
}

/** An attachment of random bytes with a UTF-8 file name. */
export function binaryAttachment(size: number, filename: string): AttachmentSpec {
  return { filename, contentType: 'application/octet-stream', data: randomContent(size) };
}
