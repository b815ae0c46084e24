import { sendUsageReport } from "../lib/mail";

interface WorkspaceStats {
  workspace: string;
  views: number;
  documents: number;
}

export async function sendMonthlyUsage(stats: WorkspaceStats[], month: string) {
  for (const s of stats) {
    if (s.views === 0) continue;
    await sendUsageReport(s.workspace, month, s.views, s.documents);
  }
}
