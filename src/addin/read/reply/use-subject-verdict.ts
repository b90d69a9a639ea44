/**
 * The policy's verdict on the reply's subject (core/policy evaluate: the subject rule and its
 * neutral suggestion), redone whenever the subject or recipients change. The subject travels
 * unencrypted in the S/MIME header, so it is the one thing the policy still has to check: the
 * body is always encrypted. `allowed` is true only for a verdict on exactly the current subject.
 */
import { useEffect, useState } from 'react';
import { DEFAULT_POLICY, evaluate, type Policy, type Verdict } from '../../../core/policy/index.js';
import type { CompanionClient } from '../../companion/companion-client.js';
import { loadPolicy } from '../../companion/policy-source.js';
import { loadFullModel } from '../../full-model.js';

export interface SubjectVerdict {
  /** undefined while the current subject is being checked. */
  readonly verdict: Verdict['subject'] | undefined;
  readonly allowed: boolean;
}

export function usePolicy(companion: CompanionClient | undefined, generation: number): Policy {
  const [policy, setPolicy] = useState<Policy>(DEFAULT_POLICY);
  useEffect(() => {
    let cancelled = false;
    void loadPolicy({ companion }).then((loaded) => {
      if (!cancelled) setPolicy(loaded.policy);
    });
    return () => {
      cancelled = true;
    };
  }, [companion, generation]);
  return policy;
}

/** The subject part of the policy's verdict; a failure to classify counts as not allowed. */
export async function subjectVerdict(subject: string, recipients: readonly string[], policy: Policy): Promise<Verdict['subject']> {
  try {
    return (await evaluate({ subject, body: '', recipients }, policy, { extractAttachments: false, model: await loadFullModel() })).subject;
  } catch {
    return { ok: false, findings: [], suggestion: subject };
  }
}

export function useSubjectVerdict(subject: string, recipients: readonly string[], policy: Policy): SubjectVerdict {
  const [checked, setChecked] = useState<{ subject: string; policy: Policy; verdict: Verdict['subject'] } | undefined>(undefined);
  const recipientKey = recipients.join(',');
  useEffect(() => {
    let cancelled = false;
    const list = recipientKey === '' ? [] : recipientKey.split(',');
    void subjectVerdict(subject, list, policy).then((verdict) => {
      if (!cancelled) setChecked({ subject, policy, verdict });
    });
    return () => {
      cancelled = true;
    };
  }, [subject, recipientKey, policy]);
  const current = checked !== undefined && checked.subject === subject && checked.policy === policy ? checked.verdict : undefined;
  return { verdict: current, allowed: current?.ok === true };
}
