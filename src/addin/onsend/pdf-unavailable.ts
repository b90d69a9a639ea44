/**
 * Stands in for core's PDF extraction in the on-send bundle (webpack.config.js swaps it in): pdf.js
 * alone is several times the bundle budget and needs more than classic Outlook's JS-only runtime
 * offers. A PDF is then `uninspectable` and the policy decides; the task pane reads PDFs fully.
 */
import type { ExtractionLimits } from '../../core/classify/extract/limits.js';
import { UninspectableError } from '../../core/classify/extract/uninspectable.js';

// eslint-disable-next-line @typescript-eslint/require-await -- same signature as core's extractPdfText
export async function extractPdfText(_bytes: Uint8Array, _limits: ExtractionLimits, _deadline: number): Promise<string> {
  throw new UninspectableError('UNSUPPORTED_TYPE', 'PDF text is not extracted on send');
}
