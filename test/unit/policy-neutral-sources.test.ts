import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_POLICY } from '../../server/src/analysis/config/config';
import { builtinPack } from '../support/builtin-policy-traces';
import { PROJECT_ROOT } from '../support/paths';

/**
 * The front ends speak whatever policy pack is in force: none of them may name the built-in
 * pack's recipient categories or clauses, or the organisation it was written for. The ids are
 * read from the pack file, so a category added there is covered too.
 */
const FRONT_END_DIRS = ['server/src/lsp', 'server/src/cli', 'server/src/reporting', 'client/src'];

function files(dir: string, ext: RegExp): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name), ext) : ext.test(e.name) ? [path.join(dir, e.name)] : []));
}

function frontEndSources(): string[] {
  const ts = FRONT_END_DIRS.flatMap((d) => files(path.join(PROJECT_ROOT, d), /\.ts$/));
  const texts = [
    ...files(PROJECT_ROOT, /^package\.nls(\.[\w-]+)?\.json$/).filter((f) => path.dirname(f) === PROJECT_ROOT),
    ...files(path.join(PROJECT_ROOT, 'l10n'), /\.json$/),
  ];
  return [...ts, ...texts];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What of the built-in pack a source names; `visma-no` itself only where it documents the default. */
function namedInSource(text: string, isSettingText: boolean): string[] {
  const pack = builtinPack();
  const found: string[] = [];
  for (const c of pack.recipientCategories)
    if (new RegExp(`(?<![\\w-])${escape(c.id)}(?![\\w-])`).test(text)) found.push(`category ${c.id}`);
  for (const c of pack.clauses) if (new RegExp(`['"\`]${escape(c.id)}['"\`]`).test(text)) found.push(`clause ${c.id}`);
  // The default pack's name comes from DEFAULT_POLICY; a setting's description may document it.
  const organisation = new RegExp(escape(pack.id.split('-')[0]!), 'i');
  const rest = isSettingText ? text.split(DEFAULT_POLICY).join('') : text;
  if (organisation.test(rest))
    found.push(isSettingText ? 'the organisation, beyond documenting the default pack' : `the pack or its organisation (${pack.id})`);
  return found;
}

describe('front ends are policy-neutral', () => {
  it('no front-end source names a category, clause or the organisation of the built-in pack', () => {
    const sources = frontEndSources();
    assert.ok(sources.length > 30, `found the front-end sources (${sources.length})`);
    const problems: string[] = [];
    for (const file of sources) {
      const named = namedInSource(fs.readFileSync(file, 'utf8'), file.endsWith('.json'));
      for (const n of named) problems.push(`${path.relative(PROJECT_ROOT, file)} names ${n}`);
    }
    assert.deepEqual(problems, []);
  });

  it('the check catches the shapes that had crept in', () => {
    const ids = builtinPack().recipientCategories.map((c) => c.id);
    assert.ok(ids.length >= 2);
    // A placeholder that lists the categories, a fallback category, a hard-coded policy line.
    assert.notDeepEqual(namedInSource(`declaredRecipientText(ctx, file, args, 'CHOOSE-${ids.join('|')}');`, false), []);
    assert.notDeepEqual(namedInSource(`const text = declaredRecipientText(ctx, target, args, args.category ?? '${ids[0]}');`, false), []);
    assert.notDeepEqual(namedInSource(`const policy = p.policies.join(', ') || '${DEFAULT_POLICY}';`, false), []);
    assert.notDeepEqual(namedInSource(`const clause = data.clause ?? '${builtinPack().clauses[0]!.id}';`, false), []);
    assert.deepEqual(
      namedInSource(`"config.policy": "a built-in id such as \`${DEFAULT_POLICY}\`. Empty means \`${DEFAULT_POLICY}\`."`, true),
      [],
    );
  });
});
