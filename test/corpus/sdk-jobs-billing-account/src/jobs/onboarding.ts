import { logger, task } from "@trigger.dev/sdk";

export interface OnboardTeamPayload {
  userId: string;
}

export const onboardTeamTask = task({
  id: "onboard-team",
  maxDuration: 300,
  run: async (payload: OnboardTeamPayload) => {
    logger.info("Onboarding team", { userId: payload.userId });
    // The welcome sequence is scheduled by the task itself.
    return { scheduled: true };
  },
});

export const refreshExchangeRatesTask = task({
  id: "refresh-exchange-rates",
  run: async (payload: { baseCurrency: string }) => {
    logger.info("Refreshing rates", payload);
    return { ok: true };
  },
});
