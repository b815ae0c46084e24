import React from 'react';
import { Analytics } from '@segment/analytics-node';

export function OnboardingChecklist(props: { accountId: string; ownerEmail: string; ownerPhone: string; steps: string[] }) {
  const [segment] = React.useState(() => new Analytics({ writeKey: process.env.NEXT_PUBLIC_SEGMENT_KEY ?? '' }));
  const counter = React.useMemo(() => new Map<string, number>(), []);

  const complete = (step: string) => {
    counter.set(step, (counter.get(step) ?? 0) + 1);
    segment.track({ userId: props.accountId, event: 'onboarding step done', properties: { step, count: counter.get(step) } });
  };

  React.useEffect(() => {
    segment.identify({ userId: props.accountId, traits: { email: props.ownerEmail, phone: props.ownerPhone } });
  }, [segment, props.accountId, props.ownerEmail, props.ownerPhone]);

  return <ul>{props.steps.map((s) => <li key={s} onClick={() => complete(s)}>{s}</li>)}</ul>;
}
