/**
 * The organisation's policy for the task pane: from the companion (GET /v1/policy), else a
 * policy.json next to the task pane (an admin drops it beside taskpane.html), else the bundled
 * default. Whatever the source, core/policy's validator checks it; an invalid policy is reported
 * and the bundled default (fail closed: personnummer must be encrypted) is used instead.
 */
import { DEFAULT_POLICY, parsePolicy, type Policy } from '../../core/policy/index.js';
import type { CompanionClient } from './companion-client.js';

export type PolicySource = 'companion' | 'file' | 'default';

export interface LoadedPolicy {
  readonly policy: Policy;
  readonly source: PolicySource;
  /** Why a configured policy was not used (invalid JSON or schema problems). */
  readonly problem?: string;
}

export interface PolicyLoadOptions {
  readonly companion?: CompanionClient | undefined;
  /** Where policy.json is looked for; default next to the page. */
  readonly policyUrl?: string | undefined;
  readonly fetch?: typeof fetch;
}

function parseText(text: string): Policy {
  return parsePolicy(JSON.parse(text) as unknown);
}

const problemOf = (error: unknown): string => (error instanceof Error ? error.message.slice(0, 300) : 'invalid');

export async function loadPolicy(options: PolicyLoadOptions): Promise<LoadedPolicy> {
  if (options.companion?.paired) {
    try {
      const answer = await options.companion.policy();
      if (answer !== undefined) {
        try {
          return { policy: parseText(answer.policy), source: 'companion' };
        } catch (error) {
          return { policy: DEFAULT_POLICY, source: 'default', problem: `companion (${answer.source}): ${problemOf(error)}` };
        }
      }
    } catch {
      // companion not running or refusing: the next source
    }
  }
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  try {
    const url = options.policyUrl ?? new URL('policy.json', globalThis.location?.href ?? 'https://localhost/').href;
    const response = await doFetch(url, { cache: 'no-store', credentials: 'omit' });
    if (response.ok) {
      const text = await response.text();
      try {
        return { policy: parseText(text), source: 'file' };
      } catch (error) {
        return { policy: DEFAULT_POLICY, source: 'default', problem: `policy.json: ${problemOf(error)}` };
      }
    }
  } catch {
    // no policy.json
  }
  return { policy: DEFAULT_POLICY, source: 'default' };
}
