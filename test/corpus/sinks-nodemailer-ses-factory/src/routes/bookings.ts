import express from "express";
import { sendOpsEmail } from "../email/send";
import { sendBookingConfirmedEmail } from "../email/templates/booking-confirmed";

type Booking = { id: string; roomTitle: string; startsAt: string };

interface BookingRepo {
  create(input: { roomId: string; email: string; name: string; startsAt: string }): Promise<Booking>;
  countToday(): Promise<number>;
}

export function bookingRoutes(repo: BookingRepo) {
  const router = express.Router();

  router.post("/bookings", async (req, res) => {
    const { roomId, email, name, startsAt } = req.body as { roomId: string; email: string; name: string; startsAt: string };
    const booking = await repo.create({ roomId, email, name, startsAt });

    await sendBookingConfirmedEmail({
      to: email,
      locale: req.acceptsLanguages()[0],
      props: { guestName: name, roomTitle: booking.roomTitle, startsAt: booking.startsAt },
    });

    res.status(201).json({ id: booking.id });
  });

  router.post("/bookings/daily-report", async (_req, res) => {
    const count = await repo.countToday();
    await sendOpsEmail("Daily bookings", `${count} bookings were made today.`);
    res.status(204).end();
  });

  return router;
}
