/**
 * The send policy: one JSON document, validated once at the edge (schema.ts), drives every
 * decision. Defaults are the safe ones (default-policy.ts).
 */
import type { FindingType } from '../classify/types.js';

/** Ordered from least to most strict. */
export const ACTIONS = ['allow', 'warn', 'require-encryption', 'block'] as const;
export type Action = (typeof ACTIONS)[number];

/** Modelled on Microsoft Purview DLP policy tips. Ordered from least to most strict. */
export const OVERRIDES = ['allowWithAcknowledgement', 'allowWithJustification', 'notAllowed'] as const;
export type OverrideOption = (typeof OVERRIDES)[number];

export interface Rule {
  readonly action: Action;
  /** Findings below this confidence (0–1) are ignored for this type. */
  readonly minConfidence: number;
  /** Whether and how the sender may override `warn`/`require-encryption`/`block`. */
  readonly override: OverrideOption;
  /** The action when every recipient is in an internal domain; defaults to `action`. */
  readonly internalAction?: Action;
}

/** A finding that a specific, harmless kind of mail makes acceptable (e.g. a kallelse, as IMY allows). */
export interface PolicyException {
  readonly id: string;
  /** Any of these words (case-insensitive) in the subject or body makes the exception apply. */
  readonly keywords: readonly string[];
  /** Finding types the exception may ignore. */
  readonly ignore: readonly FindingType[];
  /** Only ignore findings built from weak terms alone ("mottagning"), never ones that name a diagnosis. */
  readonly onlyWithoutDetails: boolean;
}

/** What approved storage may receive from a decrypted message. */
export const STORE_FORMATS = ['eml', 'pdf', 'attachments'] as const;
export type StoreFormat = (typeof STORE_FORMATS)[number];

/** The kinds of approved destination: a folder the companion writes, a Graph document library, the registrar. */
export const DESTINATION_KINDS = ['folder', 'graph-drive', 'registrar'] as const;
export type DestinationKind = (typeof DESTINATION_KINDS)[number];

/** A folder or network share the companion writes (issue 6). `kind` may be left out. */
export interface FolderDestination {
  readonly kind?: 'folder';
  readonly name: string;
  /** Absolute: `/srv/diarium`, `C:\Arkiv`, or a share `\\server\share\diarium`. */
  readonly path: string;
  /** What may be written there; default every format. */
  readonly formats?: readonly StoreFormat[];
}

/** A SharePoint/OneDrive document library, uploaded to by the add-in through Microsoft Graph. */
export interface GraphDriveDestination {
  readonly kind: 'graph-drive';
  readonly name: string;
  /** `me` (the user's OneDrive) or a drive id (a SharePoint document library). */
  readonly drive: string;
  /** Folder inside the drive, `/`-separated, no leading slash: `Diarium/Inkommande`. */
  readonly folder: string;
  readonly formats?: readonly StoreFormat[];
}

/** The registrar (diarium): the decrypted message is forwarded, encrypted to the registrar's certificate. */
export interface RegistrarDestination {
  readonly kind: 'registrar';
  readonly name: string;
  readonly address: string;
  /** The registrar's encryption certificate, base64 DER (pinned); otherwise looked up and validated. */
  readonly certificate?: string;
}

/** One approved storage destination, by the name the user sees. */
export type StorageDestination = FolderDestination | GraphDriveDestination | RegistrarDestination;

/** The kind of a destination (a folder when `kind` is absent). */
export function destinationKind(destination: StorageDestination): DestinationKind {
  return destination.kind ?? 'folder';
}

export const REVOCATION_MODES = ['off', 'soft-fail', 'hard-fail'] as const;
export type RevocationMode = (typeof REVOCATION_MODES)[number];

export interface Policy {
  readonly version: 1;
  readonly rules: Readonly<Partial<Record<FindingType, Rule>>>;
  /** For finding types without a rule of their own. */
  readonly defaultRule: Rule;
  /** Types that may never appear in a subject (the subject is not encrypted by S/MIME). */
  readonly subject: { readonly forbidden: readonly FindingType[]; readonly minConfidence: number };
  readonly exceptions: readonly PolicyException[];
  /** Lower-case domains of the organisation ("region.se"); subdomains included. */
  readonly internalDomains: readonly string[];
  /** What happens when classification itself fails: fail closed (`block`) by default. */
  readonly onClassificationFailure: Action;
  /** Where the companion may write decrypted messages; nowhere when absent or empty. */
  readonly storage?: { readonly destinations: readonly StorageDestination[] };
  /** OCSP/CRL for certificates the companion validates: soft-fail warns when a responder is down. */
  readonly revocation?: { readonly mode: RevocationMode };
  /**
   * A logged-in card session logs out after this many idle seconds, or (logoutAfterOperation)
   * right after each decryption or signature, so every use of the card needs the PIN again.
   */
  readonly cardSession?: { readonly idleSeconds: number; readonly logoutAfterOperation?: boolean };
}
