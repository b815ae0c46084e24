import { DEFAULT_POLICY } from '../analysis/config/config';
import { CHECK_OPTIONS, HELP } from './args';

const CHECK = `Usage: disclose check [paths…] [options]

Analyses the TypeScript and JavaScript files below the paths (default: .) and reports where
personal data leaves the organisation against the policy. Named files (disclose check a.ts b.ts,
as a pre-commit hook calls it) are analysed in their workspace — the nearest folder with a
.disclose.yaml or .git above them — with what they import and what calls into them, and the
findings that stand in those files are reported.

Options:
${CHECK_OPTIONS}

Paths in github and gitlab output are relative to the repository's root (inside a git
repository), so review tools place them; sarif paths are relative to the scanned root (its
%SRCROOT% base); text and json paths are relative to the scanned folder (for named files, to the
working directory).

Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or configuration error,
or a folder without TypeScript or JavaScript files.`;

const BASELINE = `Usage: disclose baseline [paths…] [-o FILE] [scan options]

Records today's findings, by fingerprint, in .disclose-baseline.json (or FILE), so that
disclose check --baseline FILE reports only new ones.

Options: -o, --output FILE; and -c/--config, --policy, --exclude, --max-file-size,
--report-unresolved, --jobs, --no-cache as for disclose check.`;

const INIT = `Usage: disclose init [path] [--force] [--policy ID|FILE] [--internal HOST]…

Writes a starter .disclose.yaml from what the code shares today: one recipient per external host,
environment variable or SDK vendor that receives personal data, each with category: CHOOSE and
the policy's categories beside it. Only what is provably the organisation's own is made internal:
relative URLs, loopback hosts and the hosts named with --internal. Recipients already named by
// @disclose recipient= annotations are kept under those ids.

Options:
      --force            replace an existing .disclose.yaml (kept as .disclose.yaml.bak); its
                         policy and its recipients are kept
      --internal HOST    a host (or *.pattern) of your own backend (repeatable)
      --policy ID|FILE   the policy pack whose categories to offer (default ${DEFAULT_POLICY})
      --exclude GLOB, --max-file-size SIZE  as for disclose check`;

const REPORT = `Usage: disclose report [paths…] [--format md|html|json] [-o FILE] [scan options]

Writes "How this codebase shares personal data": for each clause of the policy its recipients,
the data each receives and the code that sends it; the flows no clause covers; clauses and
declared recipients without flows; and the data categories × recipient categories table.

Options:
  -f, --format FORMAT    md (default), html (one self-contained file), json
  -o, --output FILE      write to FILE instead of standard output
  and -c/--config, --policy, --exclude, --max-file-size, --jobs, --no-cache as for disclose check.`;

const MERGE = `Usage: disclose merge A.sarif B.sarif … [-o FILE]

Joins the SARIF reports of disclose check --shard I/N runs into the report one run gives.

Options:
  -o, --output FILE      write to FILE instead of standard output`;

const BY_COMMAND: Record<string, string> = { check: CHECK, baseline: BASELINE, init: INIT, report: REPORT, merge: MERGE };

/** `disclose --help`, or one command's help (`disclose check --help`, `disclose help init`). */
export function helpFor(topic: string | undefined): string {
  return (topic && BY_COMMAND[topic]) ?? HELP;
}
