import { shutdownAnalytics, track } from '../lib/analytics';

export async function nightlyExport(workspaces: Array<{ id: string; ownerEmail: string }>): Promise<void> {
  for (const ws of workspaces) {
    await track('report.exported', { workspaceId: ws.id });
  }
  await track('report.exported', {});
  await shutdownAnalytics();
}
