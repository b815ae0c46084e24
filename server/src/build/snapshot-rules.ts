// Run by esbuild.mjs after bundling: loads every built-in rule file through the validating
// path and writes the parsed data beside the bundles (see rules-data.ts).
import { CandidateFilter } from '../analysis/candidate-names';
import { builtinData } from '../analysis/engine';
import { builtinPackIds, resolvePolicyPack } from '../analysis/policy-pack';
import { clientAccessors } from '../analysis/client-accessors';
import { readRulesYaml, writeRulesSnapshot } from '../analysis/rules-data';

const { catalog } = builtinData();
new CandidateFilter(catalog);
readRulesYaml('sinks/configured-clients.yaml');
clientAccessors();
for (const id of builtinPackIds()) resolvePolicyPack(id, undefined);
process.stdout.write(`${writeRulesSnapshot(process.argv[2] ?? 'dist')}\n`);
