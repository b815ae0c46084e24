import * as vscode from 'vscode';
import { CLIENT_COMMANDS, type StatusParams } from '../../shared/protocol';

/** The policy in force and the count of findings; a click opens the Problems view. */
export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('disclose.status', vscode.StatusBarAlignment.Left, 50);

  constructor() {
    this.item.name = 'Disclose';
    this.item.command = CLIENT_COMMANDS.showProblems;
    this.item.text = '$(shield) Disclose';
    this.item.show();
  }

  update(p: StatusParams): void {
    const findings = p.errors + p.warnings + p.information;
    // The server names the pack in force (the default one included); nothing to assume here.
    const policy = p.policies.join(', ') || 'Disclose';
    this.item.text = p.brokenConfig ? `$(warning) ${policy}` : `$(shield) ${policy} · ${findings}`;
    this.item.tooltip = p.brokenConfig
      ? vscode.l10n.t('Disclose: {0} has errors; the last valid configuration stays in force.', p.brokenConfig)
      : vscode.l10n.t(
          'Disclose: policy {0}. {1} errors, {2} warnings, {3} information in open files. Click to open the Problems view.',
          policy,
          p.errors,
          p.warnings,
          p.information,
        );
    this.item.backgroundColor = p.brokenConfig ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  }

  dispose(): void {
    this.item.dispose();
  }
}
