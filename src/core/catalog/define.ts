// Small constructors for catalog entries: the category follows from the code, and the
// official/vendor fields cannot disagree.
import type { HttpStatus, StatusCategory } from '../types';

type Base = Omit<HttpStatus, 'category' | 'official' | 'vendor' | 'source' | 'spec'>;

export function categoryOf(code: number): StatusCategory {
  if (code < 200) return 'informational';
  if (code < 300) return 'success';
  if (code < 400) return 'redirection';
  if (code < 500) return 'client-error';
  return 'server-error';
}

/** An IANA-registered code. `spec` is required. */
export function official(entry: Base & { spec: NonNullable<HttpStatus['spec']> }): HttpStatus {
  return { ...entry, category: categoryOf(entry.code), official: true, vendor: undefined };
}

/** A code used in the wild but not registered. `vendor` names who uses it. */
export function unofficial(entry: Base & { vendor: string; source?: HttpStatus['source'] }): HttpStatus {
  return { ...entry, category: categoryOf(entry.code), official: false, spec: undefined };
}
