import { Body, Controller, Post } from '@nestjs/common';
import { NotificationsService, type Patient } from './notifications.service';

class BookingDto {
  patient!: Patient;
  startsAt!: string;
}

@Controller('bookings')
export class BookingsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Post()
  async book(@Body() dto: BookingDto) {
    const when = new Date(dto.startsAt).toLocaleString('nb-NO', { dateStyle: 'medium', timeStyle: 'short' });
    await this.notifications.confirmBooking(dto.patient, when);
    return { booked: true };
  }

  @Post('report')
  async report(@Body() body: { count: number }) {
    await this.notifications.dailyReport(body.count);
    return { sent: true };
  }
}
