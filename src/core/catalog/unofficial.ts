import type { HttpStatus } from '../types';

export const ENTRIES: readonly HttpStatus[] = [];
