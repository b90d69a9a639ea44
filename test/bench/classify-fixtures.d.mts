export function makeDocx(paragraphs: readonly string[], level?: number): Uint8Array;
export function makeXlsx(rows: readonly (readonly string[])[]): Uint8Array;
export function makeOdt(paragraphs: readonly string[]): Uint8Array;
export function makeZipBomb(size?: number): Uint8Array;
export function makePdf(lines: readonly string[], linesPerPage?: number): Uint8Array;
