// pdfjs-dist ships no types for its worker module; Kuvert uses only this export.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
