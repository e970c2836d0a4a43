// The shape of the status catalog. Pure data types: no `vscode`, no Node APIs.
// Field names are a contract (outside checks read them): do not rename.

/** The class of a status code, from its first digit (RFC 9110 §15). */
export type StatusCategory = 'informational' | 'success' | 'redirection' | 'client-error' | 'server-error';

/** Whose side usually has to act. 1xx–3xx are `none`: nothing went wrong. */
export type Fault = 'client' | 'server' | 'none';

/** Where a code (or a header rule) is defined. */
export interface SpecRef {
  /** RFC number, e.g. 9110. */
  readonly rfc: number;
  /** Section number exactly as the RFC prints it, e.g. "15.5.13". */
  readonly section: string;
  /** https://www.rfc-editor.org/rfc/rfc<rfc>#section-<section> */
  readonly url: string;
}

/** Requirement levels as RFC 2119 words, plus "conditional" phrasing kept in `note`. */
export type Requirement = 'MUST' | 'SHOULD' | 'MAY' | 'MUST NOT' | 'SHOULD NOT';

/** A response header that the spec ties to this status. */
export interface HeaderRule {
  /** Canonical header name, e.g. "WWW-Authenticate". */
  readonly name: string;
  readonly requirement: Requirement;
  /** One line, our words: when and what to send. */
  readonly note: string;
  /** The section that states the rule. */
  readonly spec: SpecRef;
}

export interface FaqEntry {
  readonly question: string;
  readonly answer: string;
}

export interface RelatedCode {
  readonly code: number;
  /** One line on how it differs from this code. */
  readonly difference: string;
}

export interface HttpStatus {
  readonly code: number;
  /** Exactly as the IANA HTTP Status Code Registry lists it today (vendor's name for unofficial codes). */
  readonly name: string;
  /** Former and common names still seen in code and libraries. Used by detection and search. */
  readonly aliases: readonly string[];
  readonly category: StatusCategory;
  readonly fault: Fault;
  /** Where the class misleads (a 404 from our own broken link, a 502 caused upstream). Optional. */
  readonly faultNote?: string;
  /** TL;DR: one or two sentences. */
  readonly summary: string;
  /** One paragraph. */
  readonly meaning: string;
  readonly causes: readonly string[];
  readonly fixesForVisitors: readonly string[];
  readonly fixesForDevelopers: readonly string[];
  readonly faq: readonly FaqEntry[];
  /** Defining document and section. Present for every IANA-registered code; undefined for unofficial ones. */
  readonly spec: SpecRef | undefined;
  readonly headers: readonly HeaderRule[];
  /** False where the spec forbids content (1xx, 204, 304). */
  readonly bodyAllowed: boolean;
  /** Heuristically cacheable by default (RFC 9110 §15.1). */
  readonly cacheableByDefault: boolean;
  readonly related: readonly RelatedCode[];
  /** True for IANA-registered codes. */
  readonly official: boolean;
  /** Who uses an unofficial code ("nginx", "Cloudflare" ...); undefined for official codes. */
  readonly vendor: string | undefined;
  /** For unofficial codes: where the vendor documents it. */
  readonly source?: { readonly title: string; readonly url: string };
}
