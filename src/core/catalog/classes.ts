// The five status classes (RFC 9110 §15), for the numbers that stand for a whole class rather than one status: the
// top of a range or the bound of a comparison (`200-299`, `status <= 299`). Summaries are our own words.
import type { SpecRef, StatusCategory } from '../types';
import { rfc } from './spec';

export interface StatusClass {
  readonly category: StatusCategory;
  /** `2xx` */
  readonly name: string;
  readonly summary: string;
  readonly spec: SpecRef;
}

export const STATUS_CLASSES: readonly StatusClass[] = Object.freeze([
  { category: 'informational', name: '1xx', summary: 'An interim answer: the server has the request and is still working on it, or switching protocols.', spec: rfc(9110, '15.2') },
  { category: 'success', name: '2xx', summary: 'The server got the request and did what it asked.', spec: rfc(9110, '15.3') },
  { category: 'redirection', name: '3xx', summary: 'The client has to do something more to finish, usually follow a `Location` or use its cached copy.', spec: rfc(9110, '15.4') },
  { category: 'client-error', name: '4xx', summary: 'The request itself is at fault: sending it again unchanged will not help.', spec: rfc(9110, '15.5') },
  { category: 'server-error', name: '5xx', summary: 'The request looked fine, but the server failed to carry it out.', spec: rfc(9110, '15.6') },
]);

/** The class a code belongs to (100-599), if any. */
export function statusClassOf(code: number): StatusClass | undefined {
  if (!Number.isInteger(code) || code < 100 || code > 599) return undefined;
  return STATUS_CLASSES[Math.floor(code / 100) - 1];
}
