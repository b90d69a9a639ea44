/**
 * The task pane's view of a verdict: one row per kind of data, with where it was found (subject,
 * body, attachment names) and how many times, and what the policy asks for. Codes only; the
 * components localize.
 */
import type { FindingType, Location } from '../../core/classify/index.js';
import type { Action, Verdict } from '../../core/policy/index.js';

export type Place = { readonly kind: 'subject' } | { readonly kind: 'body' } | { readonly kind: 'attachment'; readonly name: string; readonly position: number };

export interface VerdictRow {
  readonly type: FindingType;
  readonly action: Action;
  readonly count: number;
  readonly places: readonly Place[];
}

export function verdictRows(verdict: Verdict): VerdictRow[] {
  const rows = new Map<FindingType, { action: Action; count: number; places: Place[] }>();
  for (const reason of verdict.reasons) {
    if ((reason.code !== 'FINDING' && reason.code !== 'ATTACHMENT_UNINSPECTABLE') || reason.type === undefined) continue;
    rows.set(reason.type, { action: reason.action, count: 0, places: [] });
  }
  for (const finding of [...verdict.findings, ...verdict.subject.findings]) {
    const row = rows.get(finding.type) ?? { action: 'block' as Action, count: 0, places: [] };
    rows.set(finding.type, row);
    row.count++;
    const place = placeOf(finding.location);
    if (!row.places.some((p) => samePlace(p, place))) row.places.push(place);
  }
  const order: readonly Action[] = ['block', 'require-encryption', 'warn', 'allow'];
  return [...rows]
    .map(([type, row]) => ({ type, ...row }))
    .sort((a, b) => order.indexOf(a.action) - order.indexOf(b.action) || b.count - a.count);
}

function placeOf(location: Location): Place {
  if (location.kind === 'attachment') return { kind: 'attachment', name: location.name ?? '', position: (location.index ?? 0) + 1 };
  return { kind: location.kind };
}

function samePlace(a: Place, b: Place): boolean {
  return a.kind === b.kind && (a.kind !== 'attachment' || (b.kind === 'attachment' && a.position === b.position));
}
