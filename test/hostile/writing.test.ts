import { strict as assert } from 'node:assert';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { writeTextFile } from '../../server/src/analysis/workspace/safe-fs';
import { type CheckArgs, parseArgs } from '../../server/src/cli/args';
import { runCheck } from '../../server/src/cli/check-command';
import { CLI } from '../support/paths';
import { runCli } from '../support/run-cli';
import { makeTempDir } from '../support/temp-dir';
import { assertNoCrash, CUSTOMER_TYPE, disclose, hostileWorkspace, scratchFolder, SIGNUP_SERVICE } from './hostile-workspace';

const T = { timeout: 60_000 };
const base = { 'src/customer.ts': CUSTOMER_TYPE, 'src/signup.ts': SIGNUP_SERVICE };
const SECRET = 'export API_TOKEN=do-not-leak\n';

function outsideFile(name: string, text?: string): string {
  const file = path.join(scratchFolder(), name);
  if (text !== undefined) fs.writeFileSync(file, text);
  return file;
}

/** A tmpfs mount (root only): a real full disk or a real read-only file system. */
function mountTmpfs(options: string): string | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const dir = scratchFolder();
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    return undefined;
  }
}

function unmount(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'ignore' });
  } catch {
    /* left to the system */
  }
}

describe('writing: never through links, atomic, one clear line on failure', () => {
  it('`baseline` refuses a committed .disclose-baseline.json that links outside', T, () => {
    const target = outsideFile('victim.txt', SECRET);
    const dir = hostileWorkspace({ ...base, '.disclose-baseline.json': { link: target } }, { git: true });
    const run = disclose(['baseline', '.'], dir);
    assertNoCrash(run);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\.disclose-baseline\.json is a symbolic link; Disclose does not write through links/);
    assert.equal(fs.readFileSync(target, 'utf8'), SECRET);
  });

  it('`check --output` refuses a committed link, a dangling link and a linked folder', T, () => {
    const existing = outsideFile('existing.sarif', SECRET);
    const created = outsideFile('created.sarif');
    const outsideDir = scratchFolder();
    const dir = hostileWorkspace(
      { ...base, 'disclose.sarif': { link: existing }, 'new.sarif': { link: created }, reports: { link: outsideDir } },
      { git: true },
    );
    for (const out of ['disclose.sarif', 'new.sarif', 'reports/disclose.sarif']) {
      const run = disclose(['check', '.', '--format', 'sarif', '--output', out], dir);
      assertNoCrash(run);
      assert.equal(run.status, 2, out);
      assert.match(run.stderr, /symbolic link/);
    }
    assert.equal(fs.readFileSync(existing, 'utf8'), SECRET);
    assert.equal(fs.existsSync(created), false);
    assert.deepEqual(fs.readdirSync(outsideDir), []);
  });

  it('`init` refuses a .disclose.yaml link; `init --force` copies no outside secret into the backup', T, () => {
    const secret = outsideFile('id_secret', SECRET);
    const dangling = outsideFile('planted.yaml');
    const dir = hostileWorkspace({ ...base, '.disclose.yaml': { link: secret } }, { git: true });
    const forced = disclose(['init', '.', '--force'], dir);
    assertNoCrash(forced);
    assert.equal(forced.status, 2);
    assert.match(forced.stderr, /\.disclose\.yaml is a symbolic link/);
    assert.equal(fs.existsSync(path.join(dir, '.disclose.yaml.bak')), false);
    assert.equal(fs.readFileSync(secret, 'utf8'), SECRET);
    const dir2 = hostileWorkspace({ ...base, '.disclose.yaml': { link: dangling } }, { git: true });
    const plain = disclose(['init', '.'], dir2);
    assertNoCrash(plain);
    assert.equal(plain.status, 2);
    assert.equal(fs.existsSync(dangling), false);
    const bakTarget = outsideFile('bak-target', SECRET);
    const dir3 = hostileWorkspace(
      { ...base, '.disclose.yaml': 'policy: visma-no\n', '.disclose.yaml.bak': { link: bakTarget } },
      { git: true },
    );
    const bak = disclose(['init', '.', '--force'], dir3);
    assertNoCrash(bak);
    assert.equal(bak.status, 2);
    assert.equal(fs.readFileSync(bakTarget, 'utf8'), SECRET);
    assert.equal(fs.readFileSync(path.join(dir3, '.disclose.yaml'), 'utf8'), 'policy: visma-no\n');
  });

  it('`init --force` keeps a regular old configuration as the backup', T, () => {
    const dir = hostileWorkspace({ ...base, '.disclose.yaml': 'policy: visma-no\n' }, { git: true });
    const run = disclose(['init', '.', '--force'], dir);
    assertNoCrash(run);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(fs.readFileSync(path.join(dir, '.disclose.yaml.bak'), 'utf8'), 'policy: visma-no\n');
    assert.match(fs.readFileSync(path.join(dir, '.disclose.yaml'), 'utf8'), /crm\.example\.com/);
  });

  it('a full disk keeps the previous report whole (injected ENOSPC) with one clear line', T, () => {
    const dir = hostileWorkspace(base, { git: true });
    const out = path.join(dir, 'disclose.sarif');
    fs.writeFileSync(out, '{"previous": "report"}\n');
    const errors: string[] = [];
    let written = 0;
    const io = {
      cwd: dir,
      stdout: () => undefined,
      stderr: (s: string) => void errors.push(s),
      stderrIsTTY: false,
      version: 'test',
      writeSync: (fd: number, data: Buffer, offset: number, length: number) => {
        if (written > 100) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        const n = fs.writeSync(fd, data, offset, Math.min(length, 64));
        written += n;
        return n;
      },
    };
    const args = parseArgs(['check', '.', '--format', 'sarif', '--output', 'disclose.sarif', '--no-cache']) as CheckArgs;
    assert.throws(
      () => runCheck(args, io),
      /disclose\.sarif cannot be written: no space left on the device \(the previous file, if any, is unchanged\)/,
    );
    assert.equal(fs.readFileSync(out, 'utf8'), '{"previous": "report"}\n');
    assert.deepEqual(
      fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
    );
  });

  it('a real full disk (tmpfs, when it can be mounted) gives exit 2, one line, and keeps the old report', T, (t) => {
    const disk = mountTmpfs('size=64k');
    if (!disk) return t.skip('needs root to mount a tmpfs');
    try {
      const dir = hostileWorkspace(
        { ...base, ...Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`src/signup${i}.ts`, SIGNUP_SERVICE])) },
        { git: true },
      );
      const out = path.join(disk, 'disclose.sarif');
      fs.writeFileSync(out, 'previous report\n');
      fs.writeFileSync(path.join(disk, 'filler'), Buffer.alloc(40 * 1024));
      const run = disclose(['check', '.', '--format', 'sarif', '--output', out], dir);
      assertNoCrash(run);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /no space left on the device/);
      assert.equal(fs.readFileSync(out, 'utf8'), 'previous report\n');
    } finally {
      unmount(disk);
    }
  });

  it('a read-only folder and a folder as --output give exit 2 and one clear line', T, () => {
    const dir = hostileWorkspace({ ...base, 'out/keep.txt': 'x' }, { git: true });
    const folder = disclose(['check', '.', '--format', 'sarif', '--output', 'out'], dir);
    assertNoCrash(folder);
    assert.equal(folder.status, 2);
    assert.match(folder.stderr, /^disclose: out cannot be written: it is a folder$/m);
    const ro = mountTmpfs('size=64k,ro');
    const roDir = ro ?? scratchFolder();
    if (!ro) fs.chmodSync(roDir, 0o555);
    try {
      const run = disclose(['check', '.', '--format', 'sarif', '--output', path.join(roDir, 'disclose.sarif')], dir);
      assertNoCrash(run);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /cannot be written: (the file system is read-only|permission denied)/);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    } finally {
      if (ro) unmount(ro);
      else fs.chmodSync(roDir, 0o755);
    }
  });

  it('a closed stdout (`| head`) keeps the analysis exit code and prints no stack trace', T, async () => {
    const dir = hostileWorkspace(
      { ...base, ...Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`src/signup${i}.ts`, SIGNUP_SERVICE])) },
      { git: true },
    );
    const child = spawn(process.execPath, [CLI, 'check', '.', '--format', 'sarif', '--no-cache'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.doesNotMatch(stderr, /internal error|EPIPE|\n\s+at /);
    assert.equal(code, 1, stderr);
  });

  it('writes atomically: a rename over the old file, no temporary file left', T, () => {
    const dir = scratchFolder();
    const file = path.join(dir, 'report.md');
    fs.writeFileSync(file, 'old');
    writeTextFile(file, 'new');
    assert.equal(fs.readFileSync(file, 'utf8'), 'new');
    assert.deepEqual(fs.readdirSync(dir), ['report.md']);
  });
});

describe('the null device as --output', () => {
  it('is accepted and writes nothing, while another device is refused', () => {
    const dir = makeTempDir('disclose-devnull-');
    fs.writeFileSync(
      path.join(dir, 'send.ts'),
      "export async function send(user: { email: string }) {\n  await fetch('https://api.crm.example/v1/contacts', { method: 'POST', body: JSON.stringify({ email: user.email }) });\n}\n",
    );
    const ok = runCli(['check', '.', '--format', 'json', '--output', '/dev/null'], dir);
    assert.equal(ok.status, 1, ok.stderr);
    const refused = runCli(['check', '.', '--format', 'json', '--output', '/dev/zero'], dir);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /device/);
  });
});
