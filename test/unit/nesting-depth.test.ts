import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { MAX_NESTING_DEPTH, nestingDepth, tooDeepReason } from '../../server/src/analysis/workspace/nesting-depth';

/** A service file of a realistic size, long enough to be rescanned around an edit only. */
function serviceFile(functions: number): string {
  const parts = [`import axios from 'axios';`, `import type { Customer } from './customer';`, ''];
  for (let i = 0; i < functions; i++) {
    parts.push(
      `/** Syncs step ${i} of the onboarding to the CRM. */`,
      `export async function syncStep${i}(customer: Customer, note: string): Promise<number> {`,
      `  const total = customer.seats * ${i + 1} / 2;`,
      `  const label = \`step \${customer.plan === 'pro' ? 'pro' : \`basic-\${${i}}\`}\`;`,
      `  if (/^[a-z]+$/.test(note)) await axios.post('https://api.crm.example/v1/contacts', { email: customer.email, label });`,
      `  return total > 0 ? total : -total;`,
      `}`,
      '',
    );
  }
  return parts.join('\n');
}

const isDeep = (text: string, jsx = false) => nestingDepth(text, MAX_NESTING_DEPTH, jsx) > MAX_NESTING_DEPTH;
const DEEP = `export const weight = ${'(\n'.repeat(MAX_NESTING_DEPTH + 20)}1${')'.repeat(MAX_NESTING_DEPTH + 20)};\n`;

describe('nesting depth of an edited text (rescanned around the edit)', () => {
  it('agrees with a full scan after every edit of a sequence, deep and back', () => {
    const base = serviceFile(120);
    const name = '/workspace/src/onboarding.ts';
    const at = (line: number) => base.split('\n').slice(0, line).join('\n').length + 1;
    const versions = [
      base,
      base.slice(0, at(400)) + '  // typed a comment\n' + base.slice(at(400)),
      base.slice(0, at(400)) + DEEP + base.slice(at(400)),
      base,
      base + DEEP,
      base.slice(0, at(3)) + DEEP + base.slice(at(3)),
      // Opened and not yet closed: everything below is nested one level more.
      base.slice(0, at(200)) + 'const pending = (' + base.slice(at(200)),
      base.slice(0, at(200)) + '/* an unclosed comment ' + base.slice(at(200)),
      base.slice(0, at(500)) + '`${' + base.slice(at(500)),
      base.slice(0, at(500)) + 'x = ' + '('.repeat(MAX_NESTING_DEPTH) + base.slice(at(500)),
      base.slice(0, at(500)) + 'x = ' + '('.repeat(MAX_NESTING_DEPTH - 10) + base.slice(at(500)),
      base.slice(0, base.length / 2),
      base,
    ];
    const verdicts = versions.map((v) => isDeep(v));
    assert.deepEqual(verdicts.slice(0, 6), [false, false, true, false, true, true], 'the sequence has deep and shallow versions');
    for (const [i, v] of versions.entries()) assert.equal(tooDeepReason(v, name) !== undefined, verdicts[i], `version ${i}`);
  });

  it('agrees with a full scan over many small random edits', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
    const pieces = [
      '(',
      ')',
      '{',
      '}',
      '[',
      ']',
      '`${',
      '}`',
      ' / 2',
      '/re/',
      '?',
      ' => ',
      '"',
      "'",
      '\n',
      '/*',
      '*/',
      '// ',
      ';',
      ',',
      '('.repeat(MAX_NESTING_DEPTH),
    ];
    for (const jsx of [false, true]) {
      const name = `/workspace/src/random.${jsx ? 'tsx' : 'ts'}`;
      let text = serviceFile(60);
      for (let k = 0; k < 300; k++) {
        const pos = random(text.length);
        const removed = random(3) === 0 ? random(40) : 0;
        text = text.slice(0, pos) + pieces[random(pieces.length)] + text.slice(pos + removed);
        assert.equal(tooDeepReason(text, name) !== undefined, isDeep(text, jsx), `edit ${k}`);
      }
    }
  });
});
