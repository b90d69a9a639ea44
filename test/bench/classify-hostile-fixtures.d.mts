export function makeSlowPdf(depth?: number): Uint8Array;
