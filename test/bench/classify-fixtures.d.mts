export function noiseBytes(length: number, seed?: number): Uint8Array;
export function makeDocx(paragraphs: readonly string[], level?: number, image?: Uint8Array): Uint8Array;
export function makeXlsx(rows: readonly (readonly string[])[]): Uint8Array;
export function makePptx(slides: readonly (readonly string[])[]): Uint8Array;
export function makeOdt(paragraphs: readonly string[]): Uint8Array;
export function makeZipBomb(size?: number): Uint8Array;
export function makePdf(lines: readonly string[], linesPerPage?: number, options?: { image?: Uint8Array; userPassword?: string }): Uint8Array;
