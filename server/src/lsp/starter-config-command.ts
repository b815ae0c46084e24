import * as path from 'node:path';
import type { StarterConfigResult } from '../../../shared/protocol';
import { CONFIG_FILE_NAME } from '../analysis/config/config';
import { starterConfig } from '../reporting/starter-config';
import type { DiscloseSettings } from './settings';
import type { WorkspaceState } from './workspace-state';

/**
 * The editor's "Create configuration", as `disclose init [--force]`: a new file names the policy
 * in force (the `disclose.policy` setting or the default); an existing one keeps its policy and
 * recipients, the scan runs under it, and only what it does not declare yet is added.
 */
export function starterConfigForFolder(
  state: WorkspaceState,
  folder: string,
  settings: DiscloseSettings,
  checkpoint?: () => void,
): StarterConfigResult {
  const file = path.join(folder, CONFIG_FILE_NAME);
  const existing = state.readText(file);
  const { flows } = state.analyzeFolder(folder, settings, { ignoreConfig: existing === undefined, checkpoint });
  const pack = state.configs.configFor(file, settings.policy).policy;
  const text = starterConfig(flows, pack, { internalHosts: [], configDir: folder, existing });
  return { file, text, exists: existing !== undefined };
}
