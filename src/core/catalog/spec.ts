// Builders for spec references, so every URL has one form.
import type { HeaderRule, Requirement, SpecRef } from '../types';

export const IANA_REGISTRY_URL = 'https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml';

/** A section of an RFC: `rfc(9110, '15.5.13')`. */
export function rfc(number: number, section: string): SpecRef {
  return { rfc: number, section, url: `https://www.rfc-editor.org/rfc/rfc${number}#section-${section}` };
}

/** A header rule: `header('Allow', 'MUST', 'List the methods the resource supports.', rfc(9110, '15.5.6'))`. */
export function header(name: string, requirement: Requirement, note: string, spec: SpecRef): HeaderRule {
  return { name, requirement, note, spec };
}
