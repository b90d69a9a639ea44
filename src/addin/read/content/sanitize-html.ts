/**
 * Sanitises the HTML of one decrypted body part with DOMPurify, tuned for mail: no active content,
 * no forms, and no remote resource of any kind (the EFAIL class of attacks needs just one request).
 * Images come only from the message itself (`cid:` → data: URL of the inline part); links keep their
 * target as data only — they are opened from outside the frame, on request.
 */
import DOMPurify, { type Config, type UponSanitizeAttributeHookEvent } from 'dompurify';
import { decodeCid, type InlineImage } from './message-content.js';
import { cleanStyleAttribute, cleanStyleSheet } from './sanitize-css.js';

export interface SanitizedHtml {
  /** The `<style>` elements of the part (cleaned), to go into the frame's head. */
  readonly styles: string;
  /** The body's content (cleaned). */
  readonly body: string;
  /** Link targets (http, https, mailto) by `data-kuvert-link` index. */
  readonly links: readonly string[];
  /** How many remote references (images, styles, fonts, frames, forms …) were removed. */
  readonly blocked: number;
}

/** Elements removed whole: active content, forms, embedding, document-level and foreign content. */
const FORBID_TAGS = [
  'script', 'noscript', 'template', 'slot', 'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea',
  'datalist', 'output', 'keygen', 'fieldset', 'meta', 'link', 'base', 'title', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'applet', 'param', 'portal', 'video', 'audio', 'source', 'track', 'picture', 'map', 'area',
  'svg', 'math', 'image', 'dialog', 'marquee',
];

/** Attributes that name a resource, submit or ping something; only img src and a href are handled. */
const REMOTE_ATTRS = new Set([
  'src', 'srcset', 'imagesrcset', 'sizes', 'background', 'poster', 'action', 'formaction', 'ping', 'xlink:href',
  'data', 'codebase', 'classid', 'archive', 'lowsrc', 'dynsrc', 'longdesc', 'cite', 'manifest', 'icon', 'profile',
  'usemap', 'attributionsrc', 'href',
]);

/** Other attributes with no place in a read-only view. */
const FORBID_ATTR = ['target', 'download', 'http-equiv', 'autofocus', 'tabindex', 'contenteditable', 'is', 'nonce', 'integrity', 'referrerpolicy', 'loading', 'fetchpriority', 'crossorigin'];

/** Tags whose removal means something remote was not loaded (for the "blocked" notice). */
const REMOTE_TAGS = new Set(['link', 'iframe', 'frame', 'object', 'embed', 'applet', 'video', 'audio', 'source', 'picture', 'image', 'svg', 'form', 'base', 'meta', 'portal', 'track']);

const INLINE_IMAGE = /^image\/(png|gif|jpeg|webp|bmp|avif)$/;
const DATA_IMAGE = /^data:image\/(png|gif|jpeg|webp|bmp|avif);base64,[a-z0-9+/=\s]*$/i;
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Base64 without Buffer (the add-in runs in a browser). */
function dataUrlOf(image: InlineImage): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < image.bytes.length; i += chunk) binary += String.fromCharCode(...image.bytes.subarray(i, i + chunk));
  return `data:${image.contentType};base64,${btoa(binary)}`;
}

/** A link target we offer to open, or undefined (relative, javascript:, data:, file: …). */
export function linkTarget(href: string): string | undefined {
  try {
    const url = new URL(href.trim());
    return LINK_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sanitises `html` (one MIME part) in `win`, resolving `cid:` images against `images`. A fresh
 * DOMPurify instance per call, so hooks never leak between parts.
 */
export function sanitizeHtmlPart(win: Window & typeof globalThis, html: string, images: readonly InlineImage[]): SanitizedHtml {
  const purify = DOMPurify(win);
  const byCid = new Map(images.filter((i) => INLINE_IMAGE.test(i.contentType)).map((i) => [i.contentId, i]));
  const dataUrls = new Map<string, string>();
  const links: string[] = [];
  let blocked = 0;

  purify.addHook('uponSanitizeElement', (_node, data) => {
    if (REMOTE_TAGS.has(data.tagName)) blocked++;
  });
  purify.addHook('uponSanitizeAttribute', (node: Element, data: UponSanitizeAttributeHookEvent) => {
    const tag = node.nodeName.toLowerCase();
    const name = data.attrName;
    if (name === 'style') {
      const cleaned = cleanStyleAttribute(node.ownerDocument, data.attrValue);
      blocked += cleaned.removed;
      data.attrValue = cleaned.css;
      if (cleaned.css.trim() === '') data.keepAttr = false;
      return;
    }
    if (!REMOTE_ATTRS.has(name)) return;
    if (tag === 'a' && name === 'href') return; // turned into data in afterSanitizeAttributes
    if (tag === 'img' && name === 'src') {
      const value = data.attrValue.trim();
      if (/^cid:/i.test(value)) {
        const image = byCid.get(decodeCid(value));
        if (image) {
          let url = dataUrls.get(image.contentId);
          if (url === undefined) dataUrls.set(image.contentId, (url = dataUrlOf(image)));
          data.attrValue = url;
          return;
        }
        data.keepAttr = false; // an image the message does not have: nothing to fetch, nothing blocked
        return;
      }
      if (DATA_IMAGE.test(value)) return;
    }
    if (data.attrValue.trim() !== '') blocked++;
    data.keepAttr = false;
  });
  purify.addHook('afterSanitizeAttributes', (node: Element) => {
    if (node.nodeName === 'STYLE') {
      const cleaned = cleanStyleSheet(win, node.textContent);
      blocked += cleaned.removed;
      node.textContent = cleaned.css;
    }
    if (node.hasAttribute('href')) {
      const target = node.nodeName === 'A' ? linkTarget(node.getAttribute('href') ?? '') : undefined;
      node.removeAttribute('href');
      if (target !== undefined) {
        node.setAttribute('data-kuvert-link', String(links.length));
        node.setAttribute('title', target);
        links.push(target);
      }
    }
  });

  const config: Config & { RETURN_DOM: true } = {
    USE_PROFILES: { html: true },
    WHOLE_DOCUMENT: true,
    RETURN_DOM: true,
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_UNKNOWN_PROTOCOLS: false,
  };
  const root = purify.sanitize(html, config) as Element;
  let styles = '';
  for (const style of Array.from(root.querySelectorAll<HTMLStyleElement>('head style'))) styles += style.outerHTML;
  const body = root.querySelector('body')?.innerHTML ?? '';
  return { styles, body, links, blocked };
}
