/**
 * RFC 5280 §4.2.1.10 name matching and the §6.1.4 (g) state: permitted subtrees as a list of sets
 * (a name must fall in one subtree of its form in every set that constrains its form, which is the
 * intersection without computing it), excluded subtrees as one union.
 */
import { nameWithinSubtree } from './distinguished-name-match.js';
import type { Name } from './extensions/general-names.js';

function hostWithin(host: string, constraint: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const c = constraint.toLowerCase();
  if (c === '') return true;
  if (c.startsWith('.')) return h.endsWith(c);
  return h === c || h.endsWith(`.${c}`);
}

function rfc822Within(address: string, constraint: string): boolean {
  const at = address.lastIndexOf('@');
  if (at < 0) return false;
  const host = address.slice(at + 1).toLowerCase();
  if (constraint.includes('@')) return address.slice(0, at) === constraint.slice(0, constraint.lastIndexOf('@')) && host === constraint.slice(constraint.lastIndexOf('@') + 1).toLowerCase();
  // A host constraint matches that host only; ".example.com" matches any host below it.
  return constraint.startsWith('.') ? host.endsWith(constraint.toLowerCase()) : host === constraint.toLowerCase();
}

/** §4.2.1.10: URI constraints apply to the host; a URI without an authority host cannot satisfy one. */
function uriHost(uri: string): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(uri);
  return m?.[1] || undefined;
}

function ipWithin(address: Uint8Array, constraint: Uint8Array): boolean {
  if (constraint.length !== address.length * 2) return false;
  for (let i = 0; i < address.length; i++) if ((address[i]! & constraint[address.length + i]!) !== (constraint[i]! & constraint[address.length + i]!)) return false;
  return true;
}

/** Undefined: the forms differ, so this subtree says nothing about the name. */
export function nameWithin(name: Name, subtree: Name): boolean | undefined {
  if (name.kind === 'other' || subtree.kind === 'other') {
    return name.kind === 'other' && subtree.kind === 'other' && name.tag === subtree.tag ? false : undefined;
  }
  if (name.kind !== subtree.kind) return undefined;
  switch (name.kind) {
    case 'rfc822':
      return rfc822Within(name.value, subtree.value as string);
    case 'dns':
      return hostWithin(name.value, subtree.value as string);
    case 'uri': {
      // §4.2.1.10: for URIs a constraint without a leading period names one host, not its subdomains.
      const host = uriHost(name.value);
      const constraint = subtree.value as string;
      return host !== undefined && (constraint.startsWith('.') ? hostWithin(host, constraint) : host.toLowerCase() === constraint.toLowerCase());
    }
    case 'directory':
      return subtree.kind === 'directory' && nameWithinSubtree(name.value, subtree.value);
    case 'ip':
      return subtree.kind === 'ip' && ipWithin(name.value, subtree.value);
  }
}

function sameForm(a: Name, b: Name): boolean {
  return a.kind === b.kind && (a.kind !== 'other' || (b.kind === 'other' && a.tag === b.tag));
}

export class NameConstraintState {
  private readonly permittedSets: (readonly Name[])[] = [];
  private readonly excluded: Name[] = [];

  add(permitted: readonly Name[] | undefined, excluded: readonly Name[] | undefined): void {
    if (permitted?.length) this.permittedSets.push(permitted);
    if (excluded) this.excluded.push(...excluded);
  }

  /** The first name outside the permitted subtrees or inside an excluded one, if any. */
  violation(names: readonly Name[]): Name | undefined {
    for (const name of names) {
      for (const set of this.permittedSets) {
        const relevant = set.filter((subtree) => sameForm(subtree, name));
        if (relevant.length > 0 && !relevant.some((subtree) => nameWithin(name, subtree) === true)) return name;
      }
      // An excluded subtree of a form we cannot compare ('other') excludes every name of that form.
      if (this.excluded.some((subtree) => sameForm(subtree, name) && (name.kind === 'other' || nameWithin(name, subtree) === true))) return name;
    }
    return undefined;
  }
}
