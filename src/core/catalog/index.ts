// The catalog: every entry, sorted by code, with lookups. The data lives in one module per class.
import type { HttpStatus } from '../types';
import { ENTRIES as informational } from './informational';
import { ENTRIES as success } from './success';
import { ENTRIES as redirection } from './redirection';
import { ENTRIES as clientA } from './client-errors-a';
import { ENTRIES as clientB } from './client-errors-b';
import { ENTRIES as serverErrors } from './server-errors';
import { ENTRIES as unofficialEntries } from './unofficial';

const ALL: readonly HttpStatus[] = Object.freeze(
  [...informational, ...success, ...redirection, ...clientA, ...clientB, ...serverErrors, ...unofficialEntries].sort(
    (a, b) => a.code - b.code,
  ),
);

const BY_CODE: ReadonlyMap<number, HttpStatus> = new Map(ALL.map((s) => [s.code, s]));

/** The entry for `code`, or undefined for unassigned numbers and anything that is not an integer. */
export function getStatus(code: number): HttpStatus | undefined {
  if (typeof code !== 'number' || !Number.isInteger(code)) return undefined;
  return BY_CODE.get(code);
}

/** Every entry, official and unofficial, sorted by code. */
export function allStatuses(): readonly HttpStatus[] {
  return ALL;
}
