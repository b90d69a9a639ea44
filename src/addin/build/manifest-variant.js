// The manifest's documented Block variant, shared by webpack.config.js (which writes it to
// dist/addin/manifest.block.xml) and the manifest test. Plain JS so the webpack config can load it.

/**
 * The same manifest with `SendMode="Block"` on the OnMessageSend LaunchEvent: mail is held even when
 * the add-in cannot load. Throws when the manifest has no SoftBlock LaunchEvent to change.
 * @param {string} xml
 * @returns {string}
 */
export function blockVariant(xml) {
  const pattern = /(<LaunchEvent\s+Type="OnMessageSend"[^>]*\sSendMode=")SoftBlock(")/;
  if (!pattern.test(xml)) throw new Error('manifest has no OnMessageSend LaunchEvent with SendMode="SoftBlock"');
  return xml.replace(pattern, '$1Block$2');
}
