/**
 * JSON Schema (draft-07) for the policy, and validation with ajv that reports each problem with
 * the JSON Pointer of the field. Unknown properties are rejected, so a typo never weakens a policy.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { FINDING_TYPES } from '../classify/types.js';
import { KuvertError } from '../errors.js';
import { ACTIONS, DESTINATION_KINDS, OVERRIDES, REVOCATION_MODES, STORE_FORMATS, type Policy } from './types.js';

const rule = {
  type: 'object',
  additionalProperties: false,
  required: ['action', 'minConfidence', 'override'],
  properties: {
    action: { enum: [...ACTIONS] },
    minConfidence: { type: 'number', minimum: 0, maximum: 1 },
    override: { enum: [...OVERRIDES] },
    internalAction: { enum: [...ACTIONS] },
  },
} as const;

const destinationName = { type: 'string', minLength: 1, maxLength: 128 } as const;
const formats = { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...STORE_FORMATS] } } as const;

/** A folder or share the companion writes (`kind` may be left out). */
const folderDestination = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'path'],
  properties: {
    kind: { const: 'folder' },
    name: destinationName,
    // Absolute only: a POSIX path, a drive path or a UNC share (\\server\share\…).
    path: { type: 'string', minLength: 2, maxLength: 1024, pattern: '^(?:/|[A-Za-z]:[\\\\/]|\\\\\\\\[^\\\\/]+[\\\\/][^\\\\/]+)' },
    formats,
  },
} as const;

/** A SharePoint/OneDrive document library: `me` or a drive id, and a folder path inside it. */
const graphDriveDestination = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'name', 'drive', 'folder'],
  properties: {
    kind: { const: 'graph-drive' },
    name: destinationName,
    // `me` or a drive id; never only dots (a URL path segment `..` would leave /drives/).
    drive: { type: 'string', pattern: '^(?:me|[A-Za-z0-9!_-][A-Za-z0-9!_.-]{0,255})$' },
    // Segments separated by "/", none empty, "." or "..", none with a character SharePoint refuses.
    folder: { type: 'string', minLength: 1, maxLength: 400, pattern: '^(?!.*(?:^|/)\\.{1,2}(?:/|$))[^"*:<>?/\\\\|\\u0000-\\u001f]+(?:/[^"*:<>?/\\\\|\\u0000-\\u001f]+)*$' },
    formats,
  },
} as const;

/** The registrar: an address and, when pinned, its encryption certificate (base64 DER). */
const registrarDestination = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'name', 'address'],
  properties: {
    kind: { const: 'registrar' },
    name: destinationName,
    address: { type: 'string', maxLength: 254, pattern: '^[A-Za-z0-9.!#$%&\'*+/=?^_`{|}~-]+@(?:[A-Za-z0-9-]{1,63}\\.)+[A-Za-z]{2,63}$' },
    certificate: { type: 'string', minLength: 64, maxLength: 21848, pattern: '^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$' },
  },
} as const;

/** Told apart by `kind`, so each problem is reported against the one form meant (if/then, not oneOf). */
const destination = {
  type: 'object',
  properties: { kind: { enum: [...DESTINATION_KINDS] } },
  if: { type: 'object', properties: { kind: { const: 'graph-drive' } }, required: ['kind'] },
  then: graphDriveDestination,
  else: {
    if: { type: 'object', properties: { kind: { const: 'registrar' } }, required: ['kind'] },
    then: registrarDestination,
    else: folderDestination,
  },
} as const;

export const POLICY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://kuvert.invalid/schema/policy-v1.json',
  title: 'Kuvert send policy',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'rules', 'defaultRule', 'subject', 'exceptions', 'internalDomains', 'onClassificationFailure'],
  properties: {
    $schema: { type: 'string' },
    version: { const: 1 },
    rules: { type: 'object', additionalProperties: false, properties: Object.fromEntries(FINDING_TYPES.map((t) => [t, rule])) },
    defaultRule: rule,
    subject: {
      type: 'object',
      additionalProperties: false,
      required: ['forbidden', 'minConfidence'],
      properties: {
        forbidden: { type: 'array', uniqueItems: true, items: { enum: [...FINDING_TYPES] } },
        minConfidence: { type: 'number', minimum: 0, maximum: 1 },
      },
    },
    exceptions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'keywords', 'ignore', 'onlyWithoutDetails'],
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9-]{1,64}$' },
          keywords: { type: 'array', minItems: 1, items: { type: 'string', minLength: 2, maxLength: 100 } },
          ignore: { type: 'array', minItems: 1, items: { enum: FINDING_TYPES.filter((t) => t !== 'uninspectable') } },
          onlyWithoutDetails: { type: 'boolean' },
        },
      },
    },
    internalDomains: { type: 'array', items: { type: 'string', pattern: '^(?:[a-z0-9-]{1,63}\\.)+[a-z]{2,63}$' } },
    onClassificationFailure: { enum: [...ACTIONS] },
    storage: {
      type: 'object',
      additionalProperties: false,
      required: ['destinations'],
      properties: {
        destinations: {
          type: 'array',
          maxItems: 64,
          items: destination,
        },
      },
    },
    revocation: {
      type: 'object',
      additionalProperties: false,
      required: ['mode'],
      properties: { mode: { enum: [...REVOCATION_MODES] } },
    },
    cardSession: {
      type: 'object',
      additionalProperties: false,
      required: ['idleSeconds'],
      properties: { idleSeconds: { type: 'integer', minimum: 5, maximum: 3600 }, logoutAfterOperation: { type: 'boolean' } },
    },
  },
} as const;

/** One problem in a policy: where (JSON Pointer), which schema keyword failed, and its parameters. */
export interface PolicyProblem {
  readonly path: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** ajv's developer-facing description (English), for logs and the CLI. */
  readonly detail: string;
}

let validator: ValidateFunction | undefined;

/** Every problem in `value` (empty when it is a valid policy). */
export function checkPolicy(value: unknown): PolicyProblem[] {
  validator ??= new Ajv({ allErrors: true, strict: true }).compile(POLICY_SCHEMA);
  if (validator(value)) return [];
  // An if/then error only repeats that the chosen form failed; its own errors name the fields.
  return (validator.errors ?? []).filter((error) => error.keyword !== 'if').map(toProblem);
}

function toProblem(error: ErrorObject): PolicyProblem {
  const params = error.params as Record<string, unknown>;
  let path = error.instancePath === '' ? '/' : error.instancePath;
  if (error.keyword === 'additionalProperties' && typeof params['additionalProperty'] === 'string') {
    path = `${error.instancePath}/${params['additionalProperty']}`;
  }
  if (error.keyword === 'required' && typeof params['missingProperty'] === 'string') {
    path = `${error.instancePath}/${params['missingProperty']}`;
  }
  return { path, keyword: error.keyword, params, detail: error.message ?? error.keyword };
}

/** Validates and narrows; throws POLICY_INVALID listing every problem by path. */
export function parsePolicy(value: unknown): Policy {
  const problems = checkPolicy(value);
  if (problems.length > 0) {
    throw new KuvertError('POLICY_INVALID', problems.map((p) => `${p.path}: ${p.detail}`).join('; '));
  }
  return value as Policy;
}
