import * as vscode from 'vscode';

/**
 * Settings that name a file to read or widen what is read. In a workspace the user has not
 * trusted, their workspace values (which came with the repository) are not honoured: the user's
 * own value or the default applies. Declared the same in package.json `restrictedConfigurations`.
 */
export const RESTRICTED_SETTINGS = ['policy', 'maxFileSize', 'exclude', 'includeTests'] as const;

/** The `disclose` section as the server may see it under the current trust. */
export function trustedSection(section: unknown, scope: vscode.Uri | undefined): unknown {
  if (vscode.workspace.isTrusted || !section || typeof section !== 'object') return section;
  const config = vscode.workspace.getConfiguration('disclose', scope);
  const out: Record<string, unknown> = { ...(section as Record<string, unknown>) };
  for (const key of RESTRICTED_SETTINGS) {
    const i = config.inspect(key);
    const value = i?.globalValue ?? i?.defaultValue;
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
}
