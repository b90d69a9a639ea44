/**
 * evaluate(draft, policy) → verdict. Core returns codes only; hosts turn them into sentences.
 * The strictest action wins; a failure to classify yields the policy's `onClassificationFailure`.
 */
import { classifyDraft, type ClassifiedLocation, type Draft, type DraftClassifyOptions } from '../classify/classify-draft.js';
import type { Finding, FindingType } from '../classify/types.js';
import { suggestSubject } from './subject.js';
import { ACTIONS, OVERRIDES, type Action, type OverrideOption, type Policy, type Rule } from './types.js';

export type ReasonCode = 'FINDING' | 'SUBJECT_FORBIDDEN' | 'ATTACHMENT_UNINSPECTABLE' | 'EXCEPTION_APPLIED' | 'CLASSIFY_FAILED';

export interface Reason {
  readonly code: ReasonCode;
  readonly type?: FindingType;
  /** The action this reason asks for. */
  readonly action: Action;
  readonly count?: number;
  /** For EXCEPTION_APPLIED: the exception's id. */
  readonly exception?: string;
}

export interface Verdict {
  readonly action: Action;
  readonly reasons: readonly Reason[];
  /** Findings that count under the policy (at or above their rule's minimum confidence). */
  readonly findings: readonly Finding[];
  readonly subject: { readonly ok: boolean; readonly findings: readonly Finding[]; readonly suggestion: string };
  /** How the sender may override the strictest triggered rule; `notAllowed` when any forbids it. */
  readonly overrides: OverrideOption;
}

export async function evaluate(draft: Draft, policy: Policy, options: DraftClassifyOptions = {}): Promise<Verdict> {
  let classified: ClassifiedLocation[];
  try {
    classified = await classifyDraft(draft, options);
  } catch {
    const action = policy.onClassificationFailure;
    return {
      action,
      reasons: [{ code: 'CLASSIFY_FAILED', action }],
      findings: [],
      subject: { ok: action === 'allow', findings: [], suggestion: draft.subject },
      overrides: 'notAllowed',
    };
  }
  return decide(draft, classified, policy);
}

/** The policy part alone, for callers that classified already (the task pane's live view). */
export function decide(draft: Draft, classified: readonly ClassifiedLocation[], policy: Policy): Verdict {
  const internal = allInternal(draft.recipients ?? [], policy.internalDomains);
  const allText = classified.filter((c) => c.location.kind !== 'attachment').map((c) => c.text).join('\n').toLowerCase();
  const exceptions = policy.exceptions.filter((e) => e.keywords.some((k) => allText.includes(k.toLowerCase())));
  const reasons: Reason[] = [];
  const counted: Finding[] = [];
  const excepted = new Set<string>();
  for (const { findings } of classified) {
    for (const finding of findings) {
      const rule = ruleFor(policy, finding.type);
      if (finding.confidence < rule.minConfidence) continue;
      const exception = exceptions.find((e) => e.ignore.includes(finding.type) && (!e.onlyWithoutDetails || !hasDetails(finding, findings)));
      if (exception !== undefined) {
        excepted.add(exception.id);
        continue;
      }
      counted.push(finding);
    }
  }
  for (const id of excepted) reasons.push({ code: 'EXCEPTION_APPLIED', action: 'allow', exception: id });

  let action: Action = 'allow';
  let overrides: OverrideOption = 'allowWithAcknowledgement';
  const byType = new Map<FindingType, number>();
  for (const f of counted) byType.set(f.type, (byType.get(f.type) ?? 0) + 1);
  for (const [type, count] of byType) {
    const rule = ruleFor(policy, type);
    const typeAction = internal ? (rule.internalAction ?? rule.action) : rule.action;
    reasons.push({ code: type === 'uninspectable' ? 'ATTACHMENT_UNINSPECTABLE' : 'FINDING', type, action: typeAction, count });
    if (typeAction !== 'allow') overrides = stricter(OVERRIDES, overrides, rule.override);
    action = stricter(ACTIONS, action, typeAction);
  }

  const subjectFindings = (classified.find((c) => c.location.kind === 'subject')?.findings ?? []).filter(
    (f) => policy.subject.forbidden.includes(f.type) && f.confidence >= policy.subject.minConfidence,
  );
  for (const type of new Set(subjectFindings.map((f) => f.type))) {
    // The subject travels in clear even inside S/MIME, so encryption cannot fix it: it blocks.
    reasons.push({ code: 'SUBJECT_FORBIDDEN', type, action: 'block' });
    action = 'block';
  }
  return {
    action,
    reasons,
    findings: counted,
    subject: { ok: subjectFindings.length === 0, findings: subjectFindings, suggestion: suggestSubject(draft.subject, subjectFindings) },
    overrides: action === 'allow' ? 'allowWithAcknowledgement' : overrides,
  };
}

function ruleFor(policy: Policy, type: FindingType): Rule {
  return policy.rules[type] ?? policy.defaultRule;
}

/** A category finding "has details" when any hit of its type in the location came from a strong term. */
function hasDetails(finding: Finding, all: readonly Finding[]): boolean {
  return all.some((f) => f.type === finding.type && f.evidence.includes('STRONG_TERM'));
}

function allInternal(recipients: readonly string[], domains: readonly string[]): boolean {
  if (recipients.length === 0 || domains.length === 0) return false;
  return recipients.every((address) => {
    const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase().replace(/>$/, '');
    return domains.some((d) => domain === d || domain.endsWith(`.${d}`));
  });
}

function stricter<T extends string>(order: readonly T[], a: T, b: T): T {
  return order.indexOf(b) > order.indexOf(a) ? b : a;
}
