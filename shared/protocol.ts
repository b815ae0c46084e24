/**
 * The custom protocol between the Disclose client and server, typed once for both sides.
 * Only plain types: the server never imports `vscode`, the client never imports the engine.
 */
export const SERVER_COMMANDS = {
  openClause: 'disclose.server.openClause',
  declareRecipient: 'disclose.server.declareRecipient',
  /** Returns { file, text, exists } of a starter .disclose.yaml for a workspace folder. */
  starterConfig: 'disclose.server.starterConfig',
  /** Returns the data-sharing report of a workspace folder as self-contained HTML. */
  sharingReport: 'disclose.server.sharingReport',
} as const;

export const CLIENT_COMMANDS = {
  openClause: 'disclose.openClause',
  declareRecipient: 'disclose.declareRecipient',
  restartServer: 'disclose.restartServer',
  showOutput: 'disclose.showOutput',
  showProblems: 'disclose.showProblems',
  selectSuppressionReason: 'disclose.selectSuppressionReason',
  createConfiguration: 'disclose.createConfiguration',
  showReport: 'disclose.showReport',
} as const;

export interface StarterConfigResult {
  file: string;
  text: string;
  exists: boolean;
}

/** Sent by the server after each analysis: what the status bar shows. */
export const STATUS_NOTIFICATION = 'disclose/status';
export interface StatusParams {
  /** Policy pack ids in force in the workspace. */
  policies: string[];
  /** Findings in the documents the server knows, by severity. */
  errors: number;
  warnings: number;
  information: number;
  /** A configuration file that currently fails to load, if any. */
  brokenConfig?: string;
}

/** Asks the server for the recipient categories of the policy that governs a document. */
export const CATEGORIES_REQUEST = 'disclose/recipientCategories';
export interface CategoriesParams {
  uri: string;
}
export interface CategoryItem {
  id: string;
  label: string;
  clauseTitle: string;
  clauseHref: string;
}

/** Arguments of the declare-recipient command (server side applies the edit). */
export interface DeclareRecipientArgs {
  uri: string;
  host: string | null;
  packageName: string | null;
  vendor: string | null;
  endpoint: string | null;
  /** Chosen by the user; a placeholder when the client cannot ask. */
  category?: string;
}

/** Sent by the client in initializationOptions. */
export interface InitializationOptions {
  /** The client can ask the user for a recipient category (VS Code's quick pick). */
  categoryPicker?: boolean;
  /** The client can select the suppression reason after the edit. */
  selectSuppressionReason?: boolean;
  locale?: string;
}

/** What a diagnostic carries for the code actions. */
export interface DiagnosticData {
  ruleId: string;
  recipient: string | null;
  recipientCategory: string | null;
  host: string | null;
  endpoint: string | null;
  vendor: string | null;
  packageName: string | null;
  clause: string | null;
  clauseHref: string | null;
  missing: string[];
  configFile: string | null;
  /** 0-based positions of personal fields written in the payload's object literal. */
  fields: Array<{ name: string; line: number; character: number; endLine: number; endCharacter: number }>;
  version: number | null;
}
