import wretch from 'wretch';

const calendar = wretch('https://api.cal.com/v2')
  .auth(`Bearer ${process.env.CALCOM_API_KEY}`)
  .headers({ 'cal-api-version': '2024-08-13' });

export interface Attendee {
  name: string;
  email: string;
  timeZone: string;
}

export function rescheduleBooking(bookingUid: string, start: string, attendee: Attendee) {
  return calendar
    .url(`/bookings/${bookingUid}/reschedule`)
    .post({ start, rescheduledBy: attendee.email, reschedulingReason: `Flyttet av ${attendee.name}` })
    .json<{ status: string }>();
}

export function availableSlots(eventTypeId: number, day: string) {
  return calendar.url('/slots').query({ eventTypeId, start: day, end: day }).get().json<{ data: unknown }>();
}
