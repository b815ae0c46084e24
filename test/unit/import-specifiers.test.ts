import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { importSpecifiers } from '../../server/src/analysis/workspace/import-specifiers';

// A Next.js route module as written in the wild: every import form, and the look-alikes
// (comments, strings, templates, regular expressions, member calls named `from`) that are not imports.
const route = `'use server';
import 'server-only';
import type { NextRequest } from "next/server";
import { createClient } from '@/lib/supabase/server';
import Stripe, { type Checkout } from 'stripe';
import * as analytics from '../analytics';
export * as schemas from './schemas';
export { sendInvite } from "@acme/email/invite";
import legacy = require('./legacy-client');
// import { old } from './commented-out';
/* export * from './block-comment'; */
const pattern = /from ['"]x['"]/g;
const divided = total / 2 / count;
const label = \`import \${kind === 'a' ? "from 'nowhere'" : \`nested \${depth}\`} done\`;
const message = "don't import from 'here'";

export async function POST(req: NextRequest) {
  const supabase = await createClient();
  const { data } = await supabase.from('profiles').select('email').single();
  const bytes = Buffer.from('payload');
  const { render } = await import('@react-email/render');
  const pdf = require('pdfkit');
  return Response.json({ ok: !!data && !!bytes && !!render && !!pdf && pattern.test(label + message + divided) });
}
`;

describe('import specifiers from a pre-scan of the text', () => {
  it('finds every import form and nothing in comments, strings, templates or regular expressions', () => {
    assert.deepEqual(importSpecifiers(route), [
      'server-only',
      'next/server',
      '@/lib/supabase/server',
      'stripe',
      '../analytics',
      './schemas',
      '@acme/email/invite',
      './legacy-client',
      '@react-email/render',
      'pdfkit',
    ]);
  });

  it("finds `export * as ns from`, which the compiler's pre-parse (the scan it replaces) leaves out", () => {
    const compiler = ts.preProcessFile(route, true, true).importedFiles.map((r) => r.fileName);
    assert.equal(compiler.includes('./schemas'), false);
    assert.deepEqual(
      importSpecifiers(route).filter((s) => !compiler.includes(s)),
      ['./schemas'],
    );
  });

  it('keeps scanning after a JSX text with an apostrophe and a division after a number', () => {
    const component = `import React from 'react';
export const Note = () => <p>Don't forget: {10 / 2} items</p>;
const Lazy = React.lazy(() => import('./heavy-chart'));
`;
    assert.deepEqual(importSpecifiers(component), ['react', './heavy-chart']);
  });
});
