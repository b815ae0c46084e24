import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const made: string[] = [];
let hooked = false;

function removeAll(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * A fresh folder under the system's temporary folder, removed when the test file's process
 * exits (node:test runs each file in its own process). Not an `after` hook: registered from
 * inside a suite's `before`, that hook would belong to the suite and could run before the
 * suite's tests.
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
