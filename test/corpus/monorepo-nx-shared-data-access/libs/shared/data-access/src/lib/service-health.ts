import { postJson } from '@org/shared/util-http';

const STATUS_PAGE = 'https://api.statuspage.io/v1/pages/org/components/portal';

export interface HealthReport {
  service: string;
  uptimeSeconds: number;
  queueDepth: number;
}

/** Pushes the service's component status to the public status page. */
export async function reportHealth(report: HealthReport): Promise<void> {
  await postJson(STATUS_PAGE, {
    component: {
      status: report.queueDepth > 1000 ? 'degraded_performance' : 'operational',
      description: `${report.service} up ${Math.round(report.uptimeSeconds / 60)} min`,
    },
  });
}

export function healthSnapshot(service: string, queueDepth: number): HealthReport {
  return { service, uptimeSeconds: process.uptime(), queueDepth };
}
