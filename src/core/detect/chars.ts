// Character tests on UTF-16 code units, shared by the detector and the constant tables (ASCII only: `\w` plus `$`).

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
export function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** A character of an identifier in the languages read: a letter, a digit, `_` or `$`. */
export function isIdentChar(c: number): boolean {
  return isAlpha(c) || isDigit(c) || c === 95 /* _ */ || c === 36 /* $ */;
}
