import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { depthBound, MAX_NESTING_DEPTH, nestingDepth, tooDeepReason } from '../../server/src/analysis/workspace/nesting-depth';
import { LspClient, PUSH_CAPABILITIES } from '../support/lsp-client';
import { assertNoCrash, CUSTOMER_TYPE, disclose, hostileWorkspace, SIGNUP_SERVICE } from './hostile-workspace';

const T = { timeout: 90_000 };
const N = 1000;

/** Deeply nested files of about 3 KB, each shape the parser descends into once per level. */
const DEEP: Record<string, string> = {
  'src/deep/parens.ts': `export const weight = ${'(\n'.repeat(N)}1${')'.repeat(N)};\n`,
  'src/deep/arrays.ts': `export const grid = ${'[\n'.repeat(N)}1${']'.repeat(N)};\n`,
  'src/deep/calls.ts': `const wrap = (x: unknown) => x;\nexport const wrapped = ${'wrap(\n'.repeat(N)}1${')'.repeat(N)};\n`,
  'src/deep/templates.ts': `export const label = ${'`${\n'.repeat(N)}1${'}`'.repeat(N)};\n`,
  'src/deep/ternaries.ts': `declare const tier: number;\nexport const discount = ${'tier ? 1 :\n'.repeat(N)}0;\n`,
};

/** A service that imports the deep files: its own finding must survive them. */
const CHECKOUT = `import { weight } from './deep/parens';
import { label } from './deep/templates';

export async function notifyShipping(order: { email: string; address: string }): Promise<void> {
  await fetch('https://shipping.example.com/v1/orders', {
    method: 'POST',
    body: JSON.stringify({ email: order.email, weight, label }),
  });
}
`;

describe('depth: a deeply nested file cannot overflow the stack', () => {
  it('the CLI skips each deep file with a message and keeps every other finding', T, () => {
    const dir = hostileWorkspace(
      { 'src/customer.ts': CUSTOMER_TYPE, 'src/signup.ts': SIGNUP_SERVICE, 'src/checkout.ts': CHECKOUT, ...DEEP },
      { git: true },
    );
    const run = disclose(['check', '.', '--format', 'json', '--no-cache'], dir);
    assertNoCrash(run);
    assert.equal(run.status, 1, run.stderr);
    for (const f of Object.keys(DEEP))
      assert.match(run.stderr, new RegExp(`skipped ${f.replace(/\./g, '\\.')}: nested deeper than ${MAX_NESTING_DEPTH} levels`));
    const files = (JSON.parse(run.stdout).findings as Array<{ file: string }>).map((f) => f.file).sort();
    assert.deepEqual(files, ['src/checkout.ts', 'src/signup.ts']);
  });

  it("the server keeps the importing file's finding", T, async () => {
    const dir = hostileWorkspace({ 'src/checkout.ts': CHECKOUT, ...DEEP }, { git: true });
    const client = new LspClient({ rootUri: pathToFileURL(dir).href, capabilities: PUSH_CAPABILITIES, settings: { debounceMs: 0 } });
    try {
      await client.initialize();
      const uri = pathToFileURL(path.join(dir, 'src/checkout.ts')).href;
      await client.open(uri, CHECKOUT);
      const p = await client.waitForDiagnostics(uri, (x) => x.diagnostics.length > 0);
      assert.deepEqual(
        p.diagnostics.map((d) => d.code),
        ['undeclared-recipient'],
      );
      const deepUri = pathToFileURL(path.join(dir, 'src/deep/parens.ts')).href;
      await client.open(deepUri, DEEP['src/deep/parens.ts']!);
      assert.equal(
        await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: deepUri }, position: { line: 0, character: 3 } }),
        null,
      );
      assert.equal(client.process.exitCode, null, client.stderr);
    } finally {
      client.kill();
    }
  });

  it('counts nesting on tokens: strings, comments and regular expressions do not count', T, () => {
    assert.equal(nestingDepth('f(g([1, {b: 2}]));'), 4);
    assert.equal(nestingDepth('log("((((((((("); // ((((((\n/\\(+[(]/g.test(s);'), 1);
    assert.equal(nestingDepth('`a ${b ? `c ${d}` : e} f`;'), 3);
    const ok = `export const w = ${'(\n'.repeat(MAX_NESTING_DEPTH - 1)}1${')'.repeat(MAX_NESTING_DEPTH - 1)};\n`;
    assert.ok(nestingDepth(ok) <= MAX_NESTING_DEPTH);
    assert.ok(nestingDepth(DEEP['src/deep/ternaries.ts']!) > MAX_NESTING_DEPTH);
  });

  it('the character bound that spares most files the token count never lets a deep file through', T, () => {
    // Chains of keywords, spelt out and with unicode escapes, deepen as brackets do.
    const chains = {
      'awaits.ts': `export async function f() { return ${'await '.repeat(N)}0; }\n`,
      'escaped.ts': `export const x = ${'\\u0074ypeof '.repeat(N)}0;\n`,
      'news.ts': `export const x = ${'new '.repeat(N)}Date();\n`,
    };
    for (const [name, text] of Object.entries({ ...DEEP, ...chains })) {
      assert.ok(depthBound(text, MAX_NESTING_DEPTH) >= Math.min(nestingDepth(text), MAX_NESTING_DEPTH + 1), name);
      assert.ok(tooDeepReason(text, `/tmp/bound-${name}`), name);
    }
    // A typical service file stays under the bound and is never tokenised for it.
    assert.ok(depthBound(CHECKOUT, MAX_NESTING_DEPTH) <= MAX_NESTING_DEPTH);
    assert.equal(tooDeepReason(CHECKOUT.repeat(2), 'checkout.ts'), undefined);
  });
});
