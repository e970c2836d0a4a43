// Localised UI words for the renderers in src/core, which only know the English defaults.
// The catalog's long-form content stays English for now.
import * as vscode from 'vscode';
import type { HoverLabels, PageLabels } from '../core';

type CommonLabels = Pick<PageLabels, 'categories' | 'faults' | 'notOfficial' | 'requirements' | 'specLink' | 'ianaRegistry'>;

function commonLabels(): CommonLabels {
  return {
    categories: {
      informational: vscode.l10n.t('Informational'),
      success: vscode.l10n.t('Success'),
      redirection: vscode.l10n.t('Redirection'),
      'client-error': vscode.l10n.t('Client error'),
      'server-error': vscode.l10n.t('Server error'),
    },
    faults: { client: vscode.l10n.t('Fault: Client'), server: vscode.l10n.t('Fault: Server'), none: vscode.l10n.t('Fault: None') },
    // `{vendor}`, `{rfc}`, `{section}` and `{label}` are filled in by the renderers, not by l10n.
    notOfficial: vscode.l10n.t('Not an official status code: used by {vendor}'),
    requirements: {
      MUST: vscode.l10n.t('Must send'),
      SHOULD: vscode.l10n.t('Should send'),
      MAY: vscode.l10n.t('May send'),
      'MUST NOT': vscode.l10n.t('Must not send'),
      'SHOULD NOT': vscode.l10n.t('Should not send'),
    },
    specLink: vscode.l10n.t('RFC {rfc} §{section}'),
    ianaRegistry: vscode.l10n.t('IANA status code registry'),
  };
}

export function hoverLabels(): Partial<HoverLabels> {
  return {
    ...commonLabels(),
    alsoKnownAs: vscode.l10n.t('Also known as'),
    causes: vscode.l10n.t('Common causes'),
    fixesForVisitors: vscode.l10n.t('If you are visiting the site'),
    fixesForDevelopers: vscode.l10n.t('How to fix it'),
    headers: vscode.l10n.t('Headers'),
    faq: vscode.l10n.t('FAQ'),
    // `{class}` is filled in by the renderer (`2xx`).
    classBound: vscode.l10n.t('The top of the {class} class'),
    classBoundNote: vscode.l10n.t('Not a status code itself: in a range or a comparison it stands for every {class} status.'),
    explain: vscode.l10n.t('Explain HTTP status…'),
    insertSnippet: vscode.l10n.t('Insert snippet…'),
  };
}

export function pageLabels(): Partial<PageLabels> {
  return {
    ...commonLabels(),
    unofficialBadge: vscode.l10n.t('Unofficial'),
    alsoKnownAs: vscode.l10n.t('Also known as'),
    tldr: vscode.l10n.t('TL;DR'),
    meaning: vscode.l10n.t('What it means'),
    causes: vscode.l10n.t('Common causes'),
    fixesForVisitors: vscode.l10n.t('How to fix it (for visitors)'),
    fixesForDevelopers: vscode.l10n.t('How to fix it (for developers and admins)'),
    headers: vscode.l10n.t('Relevant headers'),
    examples: vscode.l10n.t('Code examples'),
    curl: vscode.l10n.t('Check it with curl'),
    faq: vscode.l10n.t('FAQ'),
    related: vscode.l10n.t('Related codes'),
    spec: vscode.l10n.t('Specification'),
    nothingListed: vscode.l10n.t('Nothing listed for this code yet.'),
    noHeaders: vscode.l10n.t('The specification sets no header rules that are specific to this status code.'),
    noFaq: vscode.l10n.t('No questions listed for this code yet.'),
    noRelated: vscode.l10n.t('No related codes listed.'),
    noExamples: vscode.l10n.t('No code examples for this code.'),
    headerColumn: vscode.l10n.t('Header'),
    requirementColumn: vscode.l10n.t('Requirement'),
    noteColumn: vscode.l10n.t('Notes'),
    specColumn: vscode.l10n.t('Spec'),
    categoryFact: vscode.l10n.t('Category'),
    bodyFact: vscode.l10n.t('Response body'),
    bodyAllowed: vscode.l10n.t('Allowed'),
    bodyNotAllowed: vscode.l10n.t('Not allowed'),
    cacheableFact: vscode.l10n.t('Cacheable by default'),
    yes: vscode.l10n.t('Yes'),
    no: vscode.l10n.t('No'),
    copy: vscode.l10n.t('Copy'),
    insert: vscode.l10n.t('Insert into editor'),
    copied: vscode.l10n.t('Copied the {label} example.'),
    curlIntro: vscode.l10n.t('Request the URL with -i so curl prints the status line and the response headers before the body:'),
    curlHttp1: vscode.l10n.t('Over HTTP/1.1, the first line of the response is the status line:'),
    curlHttp2: vscode.l10n.t('HTTP/2 and HTTP/3 have no reason phrase, so curl shows only the version and the code:'),
    curlHeaders: vscode.l10n.t('Headers to look for in the response:'),
    curlAbsentHeaders: vscode.l10n.t('Headers that should not be there:'),
    notRegistered: vscode.l10n.t('This code is not in the IANA registry of HTTP status codes.'),
    vendorSource: vscode.l10n.t('Documentation from {vendor}:'),
  };
}
