import * as path from 'node:path';
import { figures, loadCorpus, type ProjectScore, runProject, scoreProject } from './labelled-corpus';

/**
 * `npm run accuracy`: precision, recall and F1 of the engine over the labelled corpus, per
 * pattern family, with every miss and false alarm listed so that they can be fixed.
 */
function main(argv: string[]): number {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const dirArg = argv.find((a, i) => !a.startsWith('-') && !['--min-precision', '--min-recall'].includes(argv[i - 1] ?? ''));
  const corpusDir = path.resolve(dirArg ?? path.join(__dirname, '..', 'test', 'corpus'));
  const minPrecision = numberFlag(argv, '--min-precision');
  const minRecall = numberFlag(argv, '--min-recall');
  const projects = loadCorpus(corpusDir);
  const scores: ProjectScore[] = [];
  for (const p of projects) {
    try {
      scores.push(scoreProject(p, runProject(p.dir)));
    } catch (e) {
      process.stderr.write(`${p.name}: analysis failed: ${(e as Error).stack}\n`);
      scores.push({ project: p, truePositives: [], falsePositives: [], falseNegatives: p.expected });
    }
  }
  const families = [...new Set(scores.map((s) => s.project.family))].sort();
  const pct = (x: number) => x.toFixed(3);
  const rows = families.map((fam) => {
    const f = figures(scores.filter((s) => s.project.family === fam));
    return [
      fam,
      String(scores.filter((s) => s.project.family === fam).length),
      String(f.tp),
      String(f.fp),
      String(f.fn),
      pct(f.precision),
      pct(f.recall),
      pct(f.f1),
    ];
  });
  const all = figures(scores);
  rows.push([
    'ALL',
    String(scores.length),
    String(all.tp),
    String(all.fp),
    String(all.fn),
    pct(all.precision),
    pct(all.recall),
    pct(all.f1),
  ]);
  const header = ['family', 'projects', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out: string[] = [
    `Disclose accuracy on ${scores.length} labelled projects (${path.relative(process.cwd(), corpusDir) || '.'})`,
    '',
    line(header),
    ...rows.map(line),
  ];
  const catTotal = scores.reduce((n, s) => n + s.truePositives.length, 0);
  const catOk = scores.reduce((n, s) => n + s.truePositives.filter((t) => t.categoriesMatch).length, 0);
  out.push('', `Data categories agree on ${catOk} of ${catTotal} matched findings.`);
  const problems = scores.filter(
    (s) => s.falsePositives.length || s.falseNegatives.length || (verbose && s.truePositives.some((t) => !t.categoriesMatch)),
  );
  if (problems.length) {
    out.push('', 'Misses (FN) and false alarms (FP):');
    for (const s of problems) {
      for (const e of s.falseNegatives)
        out.push(
          `  FN ${s.project.name}/${e.file}:${e.line} ${e.rule}${e.recipient ? ` → ${e.recipient}` : ''} [${(e.categories ?? []).join(', ')}]`,
        );
      for (const f of s.falsePositives)
        out.push(
          `  FP ${s.project.name}/${path.relative(s.project.dir, f.location.file)}:${f.location.line + 1} ${f.ruleId}${verbose ? ` — ${f.message}` : ''}`,
        );
      if (verbose)
        for (const t of s.truePositives.filter((x) => !x.categoriesMatch))
          out.push(
            `  categories ${s.project.name}/${t.expected.file}:${t.expected.line} expected [${(t.expected.categories ?? []).join(', ')}] got [${t.actual.dataCategories.join(', ')}]`,
          );
    }
  }
  process.stdout.write(out.join('\n') + '\n');
  if ((minPrecision !== undefined && all.precision < minPrecision) || (minRecall !== undefined && all.recall < minRecall)) {
    process.stderr.write(`accuracy below the floor (precision ${pct(all.precision)}, recall ${pct(all.recall)})\n`);
    return 1;
  }
  return 0;
}

function numberFlag(argv: string[], name: string): number | undefined {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const v = Number(argv[i + 1]);
  return Number.isFinite(v) ? v : undefined;
}

process.exitCode = main(process.argv.slice(2));
