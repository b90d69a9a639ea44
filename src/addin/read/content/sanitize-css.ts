/**
 * CSS from a decrypted message, cleaned with the browser's own CSS parser (CSSOM), so escapes
 * such as `u\72l(` are resolved before we look: anything that could fetch — url(), image-set(),
 * @import, @font-face, custom properties and var() that could smuggle either — is dropped.
 * The frame's Content-Security-Policy blocks the same things a second time.
 */

/** Values that can name a resource, or hide one until computed. */
const FETCHING_VALUE = /url\s*\(|image-set\s*\(|image\s*\(|cross-fade\s*\(|element\s*\(|src\s*\(|paint\s*\(|expression\s*\(|var\s*\(|attr\s*\(|env\s*\(|\\/i;
const FORBIDDEN_PROPERTY = /^(--|behavior$|-moz-binding$|-webkit-mask|mask)/i;

/** Removes every fetching declaration from one declaration block; returns how many were removed. */
export function cleanDeclarations(style: CSSStyleDeclaration): number {
  const names: string[] = [];
  for (let i = 0; i < style.length; i++) names.push(style.item(i));
  let removed = 0;
  for (const name of names) {
    if (FORBIDDEN_PROPERTY.test(name) || FETCHING_VALUE.test(style.getPropertyValue(name))) {
      style.removeProperty(name);
      removed++;
    }
  }
  return removed;
}

/** Cleans a style attribute's text, using a detached element of `doc` to parse it. */
export function cleanStyleAttribute(doc: Document, text: string): { css: string; removed: number } {
  const probe = doc.createElement('span');
  probe.setAttribute('style', text);
  const removed = cleanDeclarations(probe.style);
  return { css: probe.style.cssText, removed };
}

/**
 * Cleans a `<style>` element's text: keeps style rules (also inside @media, @supports, @layer and
 * nested rules) with their fetching declarations removed; drops @import, @font-face, @namespace,
 * @page, @keyframes, @property and anything unknown.
 */
export function cleanStyleSheet(win: Window & typeof globalThis, text: string): { css: string; removed: number } {
  const sheet = new win.CSSStyleSheet();
  let removed = 0;
  // @import makes replaceSync throw in some engines' versions; without the imports it parses.
  const source = text.replace(/@import[^;]*;?/gi, () => {
    removed++;
    return '';
  });
  try {
    sheet.replaceSync(source);
  } catch {
    return { css: '', removed: removed + 1 };
  }
  removed += cleanRules(win, sheet.cssRules, (i) => sheet.deleteRule(i));
  let css = '';
  for (const rule of Array.from(sheet.cssRules)) css += `${rule.cssText}\n`;
  return { css, removed };
}

function cleanRules(win: Window & typeof globalThis, rules: CSSRuleList, remove: (index: number) => void): number {
  let removed = 0;
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i]!;
    if (rule instanceof win.CSSStyleRule) {
      removed += cleanDeclarations(rule.style);
      if (rule.cssRules !== undefined) removed += cleanRules(win, rule.cssRules, (j) => rule.deleteRule(j));
    } else if (rule instanceof win.CSSMediaRule || rule instanceof win.CSSSupportsRule || rule instanceof win.CSSLayerBlockRule) {
      removed += cleanRules(win, rule.cssRules, (j) => rule.deleteRule(j));
    } else if (rule instanceof win.CSSLayerStatementRule) {
      // `@layer a, b;` names layers only
    } else {
      remove(i);
      removed++;
    }
  }
  return removed;
}
