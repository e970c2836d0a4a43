// UI words shared by the hover and the page. The adapter may pass localised versions; these are
// the English defaults. Labels with `{name}` placeholders are filled and escaped by the renderers.
import type { Fault, Requirement, StatusCategory } from '../types';

export interface CommonLabels {
  /** Category names: `412 Precondition Failed · Client error`. */
  readonly categories: Readonly<Record<StatusCategory, string>>;
  /** Fault labels: `Fault: Client`. */
  readonly faults: Readonly<Record<Fault, string>>;
  /** The unofficial warning, `{vendor}` is the vendor name. */
  readonly notOfficial: string;
  /** Requirement phrases for header facts: `Must send`. */
  readonly requirements: Readonly<Record<Requirement, string>>;
  /** Link text of the spec reference: `RFC {rfc} §{section}`. */
  readonly specLink: string;
  /** Link text of the IANA registry. */
  readonly ianaRegistry: string;
}

export const DEFAULT_COMMON_LABELS: CommonLabels = {
  categories: {
    informational: 'Informational',
    success: 'Success',
    redirection: 'Redirection',
    'client-error': 'Client error',
    'server-error': 'Server error',
  },
  faults: { client: 'Fault: Client', server: 'Fault: Server', none: 'Fault: None' },
  notOfficial: 'Not an official status code: used by {vendor}',
  requirements: {
    MUST: 'Must send',
    SHOULD: 'Should send',
    MAY: 'May send',
    'MUST NOT': 'Must not send',
    'SHOULD NOT': 'Should not send',
  },
  specLink: 'RFC {rfc} §{section}',
  ianaRegistry: 'IANA status code registry',
};

/** Merge partial labels over defaults, one level deep for the record-valued labels. */
export function mergeLabels<T extends object>(defaults: T, partial: Partial<T> | undefined): T {
  if (!partial) return defaults;
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(partial)) {
    if (value === undefined || value === null) continue;
    const base = out[key];
    if (typeof base === 'object' && base !== null && typeof value === 'object') {
      out[key] = { ...(base as Record<string, unknown>), ...(value as Record<string, unknown>) };
    } else if (typeof base === typeof value) {
      out[key] = value;
    }
  }
  return out as T;
}
