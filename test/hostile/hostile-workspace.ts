import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after } from 'node:test';
import { CLI } from '../support/paths';

/** A realistic service that sends personal data to an undeclared recipient: one finding. */
export const SIGNUP_SERVICE = `import type { Customer } from './customer';

const CRM_URL = 'https://crm.example.com/api/customers';

export async function registerCustomer(customer: Customer): Promise<void> {
  const payload = {
    email: customer.email,
    plan: customer.plan,
  };
  const response = await fetch(CRM_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  if (!response.ok) throw new Error('CRM rejected the customer');
}
`;

export const CUSTOMER_TYPE = `export interface Customer {
  id: string;
  email: string;
  plan: 'free' | 'pro';
}
`;

const made: string[] = [];
after(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

/**
 * A hostile workspace in a fresh temporary folder (removed when the test file ends): files by
 * relative path; `{ link: target }` makes a symbolic link, `{ fifo: true }` a named pipe.
 */
export function hostileWorkspace(
  files: Record<string, string | { link: string } | { fifo: true }>,
  options: { git?: boolean } = {},
): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'disclose-hostile-')));
  made.push(dir);
  if (options.git) fs.mkdirSync(path.join(dir, '.git'));
  for (const [rel, spec] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    if (typeof spec === 'string') fs.writeFileSync(abs, spec);
    else if ('link' in spec) fs.symlinkSync(spec.link, abs);
    else execFileSync('mkfifo', [abs]);
  }
  return dir;
}

/** A temporary folder of the test's own (removed when the test file ends). */
export function scratchFolder(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'disclose-scratch-')));
  made.push(dir);
  return dir;
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/**
 * Runs the built CLI in its own process with a deadline (a hang is a failure, not a stuck
 * suite) and a cache folder of its own.
 */
export function disclose(args: string[], cwd: string, env: Record<string, string> = {}, timeoutMs = 60_000): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 1 << 26,
    env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cacheHome(), ...env },
  });
  return {
    status: r.status,
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
    timedOut: r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT',
  };
}

let cache: string | undefined;
function cacheHome(): string {
  return (cache ??= scratchFolder());
}

/** No stack trace, no "internal error": what a user sees is one located line. */
export function assertNoCrash(run: Run): void {
  if (run.timedOut) throw new Error('disclose hung (timed out)');
  if (/internal error|\n\s+at .+:\d+:\d+\)?\n|bad_alloc|Maximum call stack/.test(run.stderr))
    throw new Error(`disclose crashed:\n${run.stderr}`);
}
