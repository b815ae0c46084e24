import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const made: string[] = [];
let hooked = false;

function removeAll(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * A fresh folder under the system's temporary folder, removed when the test file's process ends
 * (node --test runs each file in a process of its own). Not at the end of the suite or test that
 * made it: suites share folders made in a describe body or lazily by an earlier test, and an
 * `after` hook lands on whichever suite happened to be running.
 */
export function makeTempDir(prefix: string): string {
  if (!hooked) {
    hooked = true;
    process.on('exit', removeAll);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}
