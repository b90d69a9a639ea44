/**
 * The RFC 5280 §6.1.2 (a) valid_policy_tree and its processing steps: §6.1.3 (d)–(e) per certificate,
 * §6.1.4 (b) policy mappings, §6.1.5 (g) the intersection with the user-initial-policy-set.
 * Written here rather than taken from pkijs: its CertificateChainValidationEngine keeps a flat policy
 * list without expected_policy_set, so mapping and anyPolicy expansion (PKITS 4.8–4.12) go wrong.
 */
import { PKI_OID } from './oids.js';

const ANY = PKI_OID.anyPolicy;

interface PolicyNode {
  readonly validPolicy: string;
  expectedPolicySet: Set<string>;
  readonly parent: PolicyNode | undefined;
  readonly children: PolicyNode[];
  readonly depth: number;
}

function node(validPolicy: string, expected: Iterable<string>, parent: PolicyNode | undefined): PolicyNode {
  const created: PolicyNode = { validPolicy, expectedPolicySet: new Set(expected), parent, children: [], depth: parent ? parent.depth + 1 : 0 };
  parent?.children.push(created);
  return created;
}

export class PolicyTree {
  private root: PolicyNode | undefined = node(ANY, [ANY], undefined);

  get isNull(): boolean {
    return this.root === undefined;
  }

  private atDepth(depth: number): PolicyNode[] {
    const out: PolicyNode[] = [];
    const walk = (n: PolicyNode): void => {
      if (n.depth === depth) out.push(n);
      else n.children.forEach(walk);
    };
    if (this.root) walk(this.root);
    return out;
  }

  private remove(target: PolicyNode): void {
    if (!target.parent) {
      this.root = undefined;
      return;
    }
    const siblings = target.parent.children;
    siblings.splice(siblings.indexOf(target), 1);
  }

  /** Deletes childless nodes above `depth`, bottom up (§6.1.3 d.3, §6.1.4 b.2.ii). */
  private prune(depth: number): void {
    for (let d = depth - 1; d >= 0; d--) for (const n of this.atDepth(d)) if (n.children.length === 0) this.remove(n);
  }

  /** §6.1.3 (d): certificate i (depth i) with these policies; `anyAllowed` per (d)(2). */
  processCertificatePolicies(depth: number, policies: readonly string[], anyAllowed: boolean): void {
    if (!this.root) return;
    const parents = this.atDepth(depth - 1);
    for (const policy of policies.filter((p) => p !== ANY)) {
      const matching = parents.filter((p) => p.expectedPolicySet.has(policy));
      if (matching.length > 0) matching.forEach((p) => node(policy, [policy], p));
      else parents.filter((p) => p.validPolicy === ANY).forEach((p) => node(policy, [policy], p));
    }
    if (policies.includes(ANY) && anyAllowed) {
      for (const parent of parents) {
        for (const expected of parent.expectedPolicySet) {
          if (!parent.children.some((c) => c.validPolicy === expected)) node(expected, [expected], parent);
        }
      }
    }
    this.prune(depth);
  }

  /** §6.1.3 (e): no certificatePolicies extension. */
  clear(): void {
    this.root = undefined;
  }

  /** §6.1.4 (b): apply policyMappings of certificate i (depth i). */
  applyMappings(depth: number, mappings: ReadonlyMap<string, ReadonlySet<string>>, policyMapping: number, inhibitAnyPolicy: number): void {
    if (!this.root) return;
    for (const [issuerPolicy, subjectPolicies] of mappings) {
      const nodes = this.atDepth(depth).filter((n) => n.validPolicy === issuerPolicy);
      if (policyMapping > 0) {
        if (nodes.length > 0) {
          nodes.forEach((n) => (n.expectedPolicySet = new Set(subjectPolicies)));
        } else if (inhibitAnyPolicy > 0) {
          const any = this.atDepth(depth).find((n) => n.validPolicy === ANY);
          if (any?.parent) node(issuerPolicy, subjectPolicies, any.parent);
        }
      } else {
        nodes.forEach((n) => this.remove(n));
        this.prune(depth);
      }
    }
  }

  /** §6.1.5 (g): intersect with the user-initial-policy-set; returns the authorities-constrained policies. */
  intersect(depth: number, initialPolicies: ReadonlySet<string>): void {
    if (!this.root || initialPolicies.has(ANY)) return;
    // (g)(iii)(1): nodes whose parent is anyPolicy, i.e. the first non-any policy on each branch.
    const validNodeSet: PolicyNode[] = [];
    const walk = (n: PolicyNode): void => {
      for (const child of n.children) {
        if (n.validPolicy === ANY && child.validPolicy !== ANY) validNodeSet.push(child);
        if (child.validPolicy === ANY || n.validPolicy !== ANY) walk(child);
      }
    };
    walk(this.root);
    for (const n of validNodeSet) if (!initialPolicies.has(n.validPolicy)) this.remove(n);
    const anyLeaf = this.atDepth(depth).find((n) => n.validPolicy === ANY);
    if (anyLeaf?.parent) {
      const present = new Set(validNodeSet.map((n) => n.validPolicy));
      for (const policy of initialPolicies) if (!present.has(policy)) node(policy, [policy], anyLeaf.parent);
      this.remove(anyLeaf);
    }
    this.prune(depth);
    if (this.root && this.root.children.length === 0 && depth > 0) this.root = undefined;
  }

  /** The valid policies at the leaves (depth n), for reporting. */
  leafPolicies(depth: number): string[] {
    return [...new Set(this.atDepth(depth).map((n) => n.validPolicy))];
  }
}
