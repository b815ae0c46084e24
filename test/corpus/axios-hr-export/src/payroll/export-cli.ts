#!/usr/bin/env node
import axios from 'axios';
import { PayrollExporter } from './payroll-exporter';

const STATUS_WEBHOOK = 'https://hooks.teamchat.io/services/payroll-ops';

function parseMonth(argv: string[]): string {
  const arg = argv.find((a) => /^\d{4}-\d{2}$/.test(a));
  if (!arg) {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  }
  return arg;
}

async function main(): Promise<void> {
  const month = parseMonth(process.argv.slice(2));
  const dryRun = process.argv.includes('--dry-run');
  const exporter = new PayrollExporter(dryRun);

  const started = Date.now();
  const summary = await exporter.exportMonth(month);
  const seconds = Math.round((Date.now() - started) / 1000);

  console.log(`Exported ${summary.exported} employees for ${month} in ${seconds}s`);
  await axios.post(STATUS_WEBHOOK, {
    text: `Payroll export ${month}: ${summary.exported} exported, ${summary.enrolled} enrolled (${dryRun ? 'dry run' : 'live'})`,
  });
}

main().catch((err: unknown) => {
  console.error('payroll export failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
