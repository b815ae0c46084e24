import { Notifications } from "../notifications";

const notifications = new Notifications();

export async function finishExport(exportId: string, rows: unknown[], format: "csv" | "xlsx") {
  await notifications.create("export_ready", { exportId, rowCount: rows.length, format });
  return { exportId, rows: rows.length };
}
