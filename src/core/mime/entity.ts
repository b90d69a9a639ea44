/**
 * A parsed MIME entity: exact raw bytes (views into the parsed input, never re-encoded, because
 * signatures hash them) plus lazy, cached decoding helpers.
 */
import { decodeCharset } from './charset.js';
import { decodeEncodedWords } from './encoded-words.js';
import { unflowText } from './flowed.js';
import type { HeaderField } from './header-field.js';
import { parseParameterizedValue } from './parameters.js';
import { decodeTransferEncoding, parseTransferEncoding, type TransferEncoding } from './transfer-encoding.js';

export interface ContentType {
  /** e.g. "text", lower case */
  readonly type: string;
  /** e.g. "plain", lower case */
  readonly subtype: string;
  /** `${type}/${subtype}` */
  readonly mediaType: string;
  /** Lower-cased names; RFC 2231 values already decoded. */
  readonly params: Readonly<Record<string, string>>;
}

export interface ContentDisposition {
  /** "inline", "attachment", ... lower case */
  readonly type: string;
  readonly params: Readonly<Record<string, string>>;
}

/** The bytes of one entity, as offsets are found by the parser. */
export interface EntityBytes {
  readonly raw: Uint8Array;
  readonly headerRaw: Uint8Array;
  readonly bodyRaw: Uint8Array;
  readonly fields: readonly HeaderField[];
}

export interface MultipartBytes {
  readonly preamble: Uint8Array;
  readonly epilogue: Uint8Array;
  /** False only for a multipart parsed with `lenient` that had no closing delimiter. */
  readonly closed: boolean;
}

export class MimeEntity {
  /** Header block + empty line + body: a view into the parsed input. */
  readonly raw: Uint8Array;
  /** The header fields, each with its line break, without the empty line after them. */
  readonly headerRaw: Uint8Array;
  /** Everything after the empty line (for a multipart: preamble, parts, delimiters, epilogue). */
  readonly bodyRaw: Uint8Array;
  readonly fields: readonly HeaderField[];
  /** Body parts of a multipart, or the one embedded message of a message/rfc822 entity. */
  readonly children: readonly MimeEntity[];
  /** Set for multipart entities. */
  readonly multipart: MultipartBytes | undefined;
  readonly contentType: ContentType;

  #disposition: ContentDisposition | null | undefined;
  #decoded: Uint8Array | undefined;

  constructor(bytes: EntityBytes, contentType: ContentType, children: readonly MimeEntity[] = [], multipart?: MultipartBytes) {
    this.raw = bytes.raw;
    this.headerRaw = bytes.headerRaw;
    this.bodyRaw = bytes.bodyRaw;
    this.fields = bytes.fields;
    this.contentType = contentType;
    this.children = children;
    this.multipart = multipart;
  }

  get isMultipart(): boolean {
    return this.multipart !== undefined;
  }

  /** The first field named `name` (any case), unfolded and RFC 2047-decoded; undefined when absent. */
  header(name: string): string | undefined {
    const lower = name.toLowerCase();
    const field = this.fields.find((f) => f.lowerName === lower);
    return field === undefined ? undefined : decodeEncodedWords(field.value);
  }

  /** Every field named `name`, in order, decoded as `header()` does. */
  headers(name: string): string[] {
    const lower = name.toLowerCase();
    return this.fields.filter((f) => f.lowerName === lower).map((f) => decodeEncodedWords(f.value));
  }

  /** The raw (not 2047-decoded) unfolded value of the first field named `name`. */
  rawHeader(name: string): string | undefined {
    const lower = name.toLowerCase();
    return this.fields.find((f) => f.lowerName === lower)?.value;
  }

  get transferEncoding(): TransferEncoding {
    return parseTransferEncoding(this.rawHeader('content-transfer-encoding'));
  }

  get disposition(): ContentDisposition | undefined {
    if (this.#disposition === undefined) {
      const value = this.rawHeader('content-disposition');
      if (value === undefined) this.#disposition = null;
      else {
        const parsed = parseParameterizedValue(value);
        this.#disposition = { type: parsed.value, params: parsed.params };
      }
    }
    return this.#disposition ?? undefined;
  }

  /**
   * The file name: Content-Disposition `filename` (RFC 2231 aware), else Content-Type `name`;
   * RFC 2047 words inside are decoded too, as Outlook and Gmail write them.
   */
  get filename(): string | undefined {
    const value = this.disposition?.params['filename'] ?? this.contentType.params['name'];
    return value === undefined ? undefined : decodeEncodedWords(value);
  }

  /** The Content-ID without angle brackets, e.g. for matching `cid:` links in HTML. */
  get contentId(): string | undefined {
    const value = this.rawHeader('content-id');
    return value?.replace(/^\s*<|>\s*$/g, '');
  }

  /** True for a body part the user would see as an attachment rather than as the message text. */
  get isAttachment(): boolean {
    if (this.isMultipart) return false;
    const disposition = this.disposition?.type;
    if (disposition === 'attachment') return true;
    if (disposition === 'inline') return false;
    if (this.contentType.type === 'text') return this.filename !== undefined;
    return this.contentId === undefined; // a Content-ID without disposition is an inline image
  }

  /** The body with its transfer encoding undone (a view when the encoding is 7bit/8bit/binary). */
  decodedBody(): Uint8Array {
    this.#decoded ??= decodeTransferEncoding(this.bodyRaw, this.transferEncoding);
    return this.#decoded;
  }

  /**
   * The body as text in its charset (default US-ASCII, read as UTF-8). format=flowed text is
   * unflowed and line breaks become "\n".
   */
  text(): string {
    const text = decodeCharset(this.decodedBody(), this.contentType.params['charset']);
    const params = this.contentType.params;
    if (this.contentType.mediaType === 'text/plain' && params['format']?.toLowerCase() === 'flowed') {
      return unflowText(text, params['delsp']?.toLowerCase() === 'yes');
    }
    return text.replace(/\r\n/g, '\n');
  }

  /** Depth-first walk over this entity and all below it (embedded messages included). */
  *walk(): Generator<MimeEntity> {
    yield this;
    for (const child of this.children) yield* child.walk();
  }
}

const DEFAULT_TYPE: ContentType = { type: 'text', subtype: 'plain', mediaType: 'text/plain', params: { charset: 'us-ascii' } };
const RFC822_TYPE: ContentType = { type: 'message', subtype: 'rfc822', mediaType: 'message/rfc822', params: {} };

/**
 * The Content-Type of an entity; absent or unparseable means text/plain; charset=us-ascii, or
 * message/rfc822 inside multipart/digest (RFC 2045 §5.2, RFC 2046 §5.1.5).
 */
export function contentTypeOf(value: string | undefined, inDigest = false): ContentType {
  const fallback = inDigest ? RFC822_TYPE : DEFAULT_TYPE;
  if (value === undefined) return fallback;
  const parsed = parseParameterizedValue(value);
  const m = /^([a-z0-9!#$&^_.+-]+)\/([a-z0-9!#$&^_.+-]+)$/.exec(parsed.value);
  if (!m) return fallback;
  return { type: m[1]!, subtype: m[2]!, mediaType: parsed.value, params: parsed.params };
}
