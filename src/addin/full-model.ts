/**
 * The full category model (core/classify/model/category-weights-full.generated.ts, about 150 KB
 * gzipped) for the task pane and the reply's subject check, loaded on first use as a chunk of its own
 * so that it stays out of the panes' initial load. A failed load rejects: the caller's verdict fails
 * (nothing is reported as clean), and the next call tries again.
 */
import type { EncodedModel } from '../core/classify/model/weights.js';

let loading: Promise<EncodedModel> | undefined;

export function loadFullModel(): Promise<EncodedModel> {
  loading ??= import('../core/classify/model/category-weights-full.generated.js').then(
    (module) => module.FULL_CATEGORY_MODEL,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
