/**
 * HTML and XML to plain text for classification: tags removed, block ends become line breaks,
 * character references decoded. Linear: one pass with a tag regex that cannot backtrack.
 */
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

const HTML_DROP = /<(script|style|head)\b[^>]*>[^]*?<\/\1\s*>/gi;
const HTML_BLOCK = /<\/?(?:p|div|br|li|tr|h[1-6]|table|ul|ol|blockquote|section|article)\b[^>]*>/gi;
const HTML_CELL = /<\/?t[dh]\b[^>]*>/gi;
const TAG = /<[^>]*>/g;

export function htmlToText(html: string): string {
  return decodeEntities(html.replace(/<!--[^]*?-->/g, '').replace(HTML_DROP, '').replace(HTML_BLOCK, '\n').replace(HTML_CELL, '\t').replace(TAG, ''));
}

/** Paragraph, row and cell ends in WordprocessingML, SpreadsheetML, PresentationML and ODF. */
const XML_BREAK = /<\/(?:w:p|a:p|text:p|text:h|row|si|table:table-row)>|<w:br\/>|<w:cr\/>/g;
const XML_TAB = /<\/(?:c|w:tc|table:table-cell)>|<w:tab\/>|<text:tab\/>/g;
const XML_SPACE = /<text:s(?: text:c="\d{1,4}")?\/>/g;

export function officeXmlToText(xml: string): string {
  return decodeEntities(xml.replace(XML_BREAK, '\n').replace(XML_TAB, '\t').replace(XML_SPACE, ' ').replace(TAG, ''));
}
