// PLACEHOLDER detection for the foundation slice (`res.status(412)`); the hover issue replaces it
// with the real engine. The exported names and shapes are the contract.
import { getStatus } from '../catalog';

export type MentionKind = 'literal' | 'constant' | 'status-line';

export interface StatusMention {
  code: number;
  /** UTF-16 offset into the line, inclusive. */
  start: number;
  /** UTF-16 offset into the line, exclusive. */
  end: number;
  kind: MentionKind;
}

export type DetectionMode = 'context' | 'anyNumber';

export interface DetectOptions {
  mode?: DetectionMode;
}

export function findStatusMentions(line: string, languageId: string, options?: DetectOptions): StatusMention[] {
  void languageId;
  void options;
  const out: StatusMention[] = [];
  const re = /\bstatus\((\d{3})\)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const code = Number(m[1]);
    const start = m.index + m[0].indexOf('(') + 1;
    if (getStatus(code)) out.push({ code, start, end: start + 3, kind: 'literal' });
  }
  return out;
}

/** The mention that contains `character` (start <= character < end), if any. */
export function findStatusMentionAt(
  line: string,
  languageId: string,
  character: number,
  options?: DetectOptions,
): StatusMention | undefined {
  return findStatusMentions(line, languageId, options).find((m) => m.start <= character && character < m.end);
}
