import { cloudProducer, groupProducer, localProducer } from '../kafka/clients';
import { loadTimesheet, loadEmployee, projectTotals } from '../timesheets/store';

export async function onTimesheetApproved(timesheetId: string, approvedBy: string): Promise<void> {
  const sheet = await loadTimesheet(timesheetId);
  const employee = await loadEmployee(sheet.employeeId);

  await cloudProducer.send({
    topic: 'timesheet.approved',
    messages: [
      {
        key: sheet.employeeId,
        value: JSON.stringify({
          employeeId: sheet.employeeId,
          employeeEmail: employee.email,
          week: sheet.isoWeek,
          hours: sheet.totalHours,
        }),
      },
    ],
  });

  await groupProducer.send({
    topic: 'timesheets.approved.v2',
    messages: [{ value: JSON.stringify({ employeeId: sheet.employeeId, week: sheet.isoWeek, hours: sheet.totalHours }) }],
  });

  await localProducer.send({
    topic: 'audit',
    messages: [{ value: JSON.stringify({ action: 'approve', timesheetId, approvedBy, employeeEmail: employee.email }) }],
  });
}

export async function publishWeeklyProjectStats(isoWeek: string): Promise<void> {
  const totals = await projectTotals(isoWeek);
  try {
    await cloudProducer.send({
      topic: 'project.stats',
      messages: totals.map((t) => ({ key: t.projectCode, value: JSON.stringify({ isoWeek, hours: t.hours }) })),
    });
  } catch (err) {
    console.error(`weekly stats for ${isoWeek} not published`, err);
  }
}

export async function onOvertimeFlagged(isoWeek: string): Promise<void> {
  const flagged = await projectTotals(isoWeek, { overtimeOnly: true });
  await cloudProducer.sendBatch({
    topicMessages: [
      {
        topic: 'overtime.flagged',
        messages: flagged.flatMap((t) => t.employees.map((e) => ({ value: JSON.stringify({ employeeName: e.fullName, hours: e.hours }) }))),
      },
    ],
  });
}
