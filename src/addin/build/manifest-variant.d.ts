/** The manifest with SendMode="Block" on its OnMessageSend LaunchEvent (see manifest-variant.js). */
export function blockVariant(xml: string): string;
