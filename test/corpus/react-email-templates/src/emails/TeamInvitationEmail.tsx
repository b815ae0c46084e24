import { Body, Button, Container, Html, Preview, Text } from "@react-email/components";

export function InviterLine({ name, email }: { name: string; email: string }) {
  return (
    <Text>
      {name} (<a href={`mailto:${email}`}>{email}</a>) has invited you to a data room.
    </Text>
  );
}

export default function TeamInvitationEmail(props: { senderName: string; senderEmail: string; workspace: string; acceptUrl: string }) {
  return (
    <Html>
      <Preview>Join {props.workspace}</Preview>
      <Body>
        <Container>
          <InviterLine name={props.senderName} email={props.senderEmail} />
          <Button href={props.acceptUrl}>Accept invitation</Button>
        </Container>
      </Body>
    </Html>
  );
}
