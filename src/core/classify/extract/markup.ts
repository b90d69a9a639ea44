/**
 * HTML and XML to plain text for classification: tags removed, block ends become line breaks,
 * character references decoded.
 *
 * One hand-written left-to-right pass, linear in the input whatever it holds. (Tag regexes such as
 * `<[^>]*>` are quadratic on a run of `<` without `>`, and `<script…>[^]*?</script>` worse: a
 * forwarded hostile mail could stall the classifier for hours.) Every search for a closing `>`,
 * `-->` or `</script` remembers when it found nothing, so no part of the text is searched twice.
 */
import { lowerSameLength } from '../context.js';

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', aring: 'å', auml: 'ä', ouml: 'ö', Aring: 'Å', Auml: 'Ä', Ouml: 'Ö', eacute: 'é', ndash: '–', mdash: '—' };
const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g;

export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, ref: string) => {
    if (ref.startsWith('#x')) return safeCodePoint(parseInt(ref.slice(2), 16)) ?? whole;
    if (ref.startsWith('#')) return safeCodePoint(parseInt(ref.slice(1), 10)) ?? whole;
    return NAMED[ref] ?? whole;
  });
}

function safeCodePoint(cp: number): string | undefined {
  return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined;
}

/** What a tag becomes: its replacement text, or DROP_CONTENT to remove it and everything up to its end tag. */
type TagRule = (tag: string, name: string) => string | typeof DROP_CONTENT;
const DROP_CONTENT = Symbol('drop content');
const WHITESPACE = /\s/;

const HTML_DROPPED = new Set(['script', 'style', 'head']);
const HTML_BLOCK = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'blockquote', 'section', 'article']);

const htmlRule: TagRule = (tag, name) => {
  const closing = tag.charAt(1) === '/';
  if (!closing && HTML_DROPPED.has(name)) return DROP_CONTENT;
  if (HTML_BLOCK.has(name)) return '\n';
  if (name === 'td' || name === 'th') return '\t';
  return '';
};

export function htmlToText(html: string): string {
  return decodeEntities(stripTags(html, htmlRule, true));
}

/** Paragraph, row and cell ends in WordprocessingML, SpreadsheetML, PresentationML and ODF. */
const XML_BREAK = new Set(['</w:p>', '</a:p>', '</text:p>', '</text:h>', '</row>', '</si>', '</table:table-row>', '<w:br/>', '<w:cr/>']);
const XML_TAB = new Set(['</c>', '</w:tc>', '</table:table-cell>', '<w:tab/>', '<text:tab/>']);
const XML_SPACE = /^<text:s(?: text:c="\d{1,4}")?\/>$/;

const xmlRule: TagRule = (tag) => {
  if (XML_BREAK.has(tag)) return '\n';
  if (XML_TAB.has(tag)) return '\t';
  return tag.length <= 24 && XML_SPACE.test(tag) ? ' ' : '';
};

export function officeXmlToText(xml: string): string {
  return decodeEntities(stripTags(xml, xmlRule, false));
}

/**
 * Removes tags (`<` up to the next `>`), replacing each as `rule` says; with `comments`, also
 * `<!-- … -->`. A `<` with no `>` after it is text, as is an unterminated comment's content.
 */
function stripTags(text: string, rule: TagRule, comments: boolean): string {
  const lower = comments ? lowerSameLength(text) : text;
  const parts: string[] = [];
  // Once a search for `-->` failed, no later comment can be closed either (it searched to the end).
  let commentsOpen = comments;
  const noEndTag = new Map<string, number>();
  let from = 0;
  let i = text.indexOf('<');
  while (i !== -1) {
    if (commentsOpen && text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end !== -1) {
        parts.push(text.slice(from, i));
        from = end + 3;
        i = text.indexOf('<', from);
        continue;
      }
      commentsOpen = false;
    }
    const gt = text.indexOf('>', i + 1);
    if (gt === -1) break; // no `>` anywhere after here: this `<` and the rest are text
    const tag = text.slice(i, gt + 1);
    const replacement = rule(tag, tagName(lower, i));
    parts.push(text.slice(from, i));
    from = gt + 1;
    if (replacement === DROP_CONTENT) {
      const end = endTag(lower, tagName(lower, i), gt + 1, noEndTag);
      if (end !== -1) from = end;
    } else {
      parts.push(replacement);
    }
    i = text.indexOf('<', from);
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** The lower-case element name after `<` or `</` at `at` (letters, digits, `:`, `-`). */
function tagName(lower: string, at: number): string {
  let i = at + 1;
  if (lower.charCodeAt(i) === 0x2f) i++; // '/'
  const start = i;
  while (i < lower.length && isNameChar(lower.charCodeAt(i))) i++;
  return lower.slice(start, i);
}

/** a–z, A–Z, 0–9 and `:` (namespaces); a name ends at anything else, as `\b` ends it in a regex. */
function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x3a);
}

/**
 * Where the end tag `</name …>` that closes content starting at `from` ends, or -1 when there is
 * none (then only the start tag is removed). `none` remembers per name where the search failed.
 */
function endTag(lower: string, name: string, from: number, none: Map<string, number>): number {
  const failedAt = none.get(name);
  if (failedAt !== undefined && from >= failedAt) return -1;
  let at = lower.indexOf(`</${name}`, from);
  while (at !== -1) {
    let j = at + 2 + name.length;
    while (j < lower.length && WHITESPACE.test(lower.charAt(j))) j++;
    if (lower.charAt(j) === '>') return j + 1;
    at = lower.indexOf(`</${name}`, at + 2);
  }
  none.set(name, from);
  return -1;
}
