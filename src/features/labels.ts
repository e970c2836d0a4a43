// Localised UI words for the renderers in src/core (which only know English defaults).
import * as vscode from 'vscode';
import type { HoverLabels, PageLabels } from '../core';

export function hoverLabels(): Partial<HoverLabels> {
  return {
    alsoKnownAs: vscode.l10n.t('Also known as'),
    causes: vscode.l10n.t('Common causes'),
    fixesForVisitors: vscode.l10n.t('If you are visiting the site'),
    fixesForDevelopers: vscode.l10n.t('How to fix it'),
    headers: vscode.l10n.t('Headers'),
    faq: vscode.l10n.t('FAQ'),
    explain: vscode.l10n.t('Explain HTTP status…'),
    insertSnippet: vscode.l10n.t('Insert snippet…'),
  };
}

export function pageLabels(): Partial<PageLabels> {
  return {};
}
