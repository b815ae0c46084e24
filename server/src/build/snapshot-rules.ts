// Run by esbuild.mjs after bundling: loads every built-in rule file through the validating
// path and writes the parsed data beside the bundles (see rules-data.ts).
import { builtinData } from '../analysis/engine';
import { builtinPackIds, resolvePolicyPack } from '../analysis/policy/policy-pack';
import { readRulesYaml, writeRulesSnapshot } from '../analysis/policy/rules-data';
import { CandidateFilter } from '../analysis/sinks/candidate-names';
import { clientAccessors } from '../analysis/sinks/client-accessors';

const { catalog } = builtinData();
new CandidateFilter(catalog);
readRulesYaml('sinks/configured-clients.yaml');
clientAccessors();
for (const id of builtinPackIds()) resolvePolicyPack(id, undefined);
process.stdout.write(`${writeRulesSnapshot(process.argv[2] ?? 'dist')}\n`);
