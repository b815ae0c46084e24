import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after } from 'node:test';

const made: string[] = [];
let hooked = false;

function removeAll(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * A fresh folder under the system's temporary folder, removed when the test file's run ends
 * (node:test runs each file in its own process, so `after` at the root runs once, at its end).
 * The exit handler covers a run that ends early.
 */
export function makeTempDir(prefix: string): string {
  if (!hooked) {
    hooked = true;
    after(removeAll);
    process.on('exit', removeAll);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}
