import { spawnSync } from 'node:child_process';
import { CLI } from './paths';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `disclose` CLI as a user would, in its own process. */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
