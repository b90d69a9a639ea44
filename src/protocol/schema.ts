/**
 * Tiny typed schemas for the companion protocol: one definition gives the TypeScript type and
 * the run-time check, so add-in and companion validate the same shape on both sides. Objects
 * are closed (an unknown field is an error, so a typo never silently weakens a call).
 */
import { KuvertError } from '../core/errors.js';

export interface Schema<T> {
  /** Returns the value as T, or throws MALFORMED_REQUEST naming the path of the first problem. */
  parse(value: unknown, path?: string): T;
  readonly optional?: boolean;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

function fail(path: string, expected: string): never {
  throw new KuvertError('MALFORMED_REQUEST', `${path || 'the body'} must be ${expected}`);
}

export function string(options: { maxLength?: number; pattern?: RegExp } = {}): Schema<string> {
  const maxLength = options.maxLength ?? 4096;
  return {
    parse(value, path = '') {
      if (typeof value !== 'string' || value.length > maxLength) fail(path, `a string of at most ${maxLength} characters`);
      if (options.pattern && !options.pattern.test(value)) fail(path, `a string matching ${options.pattern.source}`);
      return value;
    },
  };
}

/** Base64 (RFC 4648 §4, padded) of at most `maxBytes` bytes, kept as text on the wire. */
export function base64(maxBytes: number): Schema<string> {
  const maxLength = Math.ceil(maxBytes / 3) * 4;
  return string({ maxLength, pattern: /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/u });
}

export function integer(min: number, max: number): Schema<number> {
  return {
    parse(value, path = '') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) fail(path, `an integer from ${min} to ${max}`);
      return value;
    },
  };
}

export function boolean(): Schema<boolean> {
  return {
    parse(value, path = '') {
      if (typeof value !== 'boolean') fail(path, 'true or false');
      return value;
    },
  };
}

export function literal<const T extends string | number>(...values: readonly T[]): Schema<T> {
  return {
    parse(value, path = '') {
      if (!values.includes(value as T)) fail(path, `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);
      return value as T;
    },
  };
}

export function array<T>(item: Schema<T>, maxItems = 256): Schema<T[]> {
  return {
    parse(value, path = '') {
      if (!Array.isArray(value) || value.length > maxItems) fail(path, `an array of at most ${maxItems} items`);
      return value.map((entry, i) => item.parse(entry, `${path}[${i}]`));
    },
  };
}

export function optional<T>(inner: Schema<T>): Schema<T | undefined> & { readonly optional: true } {
  return { optional: true, parse: (value, path) => (value === undefined ? undefined : inner.parse(value, path)) };
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];
type ObjectOf<S extends Shape> =
  { readonly [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { readonly [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined> };

export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
  return {
    parse(value, path = '') {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object');
      const record = value as Record<string, unknown>;
      const unknown = Object.keys(record).find((key) => !Object.hasOwn(shape, key));
      if (unknown !== undefined) fail(`${path ? `${path}.` : ''}${unknown}`, 'absent (unknown field)');
      const result: Record<string, unknown> = {};
      for (const [key, schema] of Object.entries(shape)) {
        const parsed = schema.parse(record[key], path ? `${path}.${key}` : key);
        if (parsed !== undefined) result[key] = parsed;
      }
      return result as ObjectOf<S>;
    },
  };
}

/** A union told apart by a literal field (`name`, `kind`); `variants` maps each tag to its schema. */
export function union<V extends Record<string, Schema<unknown>>>(key: string, variants: V): Schema<Infer<V[keyof V]>> {
  return {
    parse(value, path = '') {
      const tag = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
      const variant = typeof tag === 'string' && Object.hasOwn(variants, tag) ? variants[tag] : undefined;
      if (!variant) fail(`${path ? `${path}.` : ''}${key}`, `one of ${Object.keys(variants).join(', ')}`);
      return variant.parse(value, path) as Infer<V[keyof V]>;
    },
  };
}
