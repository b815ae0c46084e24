export type ClinicId = `clinic_${string}`;

export class BookingRequest {
  /** @personal user.name */
  readonly patient: string;

  /** @personal user.health_and_medical */
  readonly reason: string;

  readonly clinicId: ClinicId;
  readonly slot: string;
  readonly durationMinutes: number;

  constructor(init: { patient: string; reason: string; clinicId: ClinicId; slot: string; durationMinutes?: number }) {
    this.patient = init.patient.trim();
    this.reason = init.reason.trim();
    this.clinicId = init.clinicId;
    this.slot = init.slot;
    this.durationMinutes = init.durationMinutes ?? 20;
  }

  get endsAt(): string {
    return new Date(Date.parse(this.slot) + this.durationMinutes * 60_000).toISOString();
  }
}
