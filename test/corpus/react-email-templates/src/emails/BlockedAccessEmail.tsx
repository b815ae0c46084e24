import { Body, Container, Heading, Html, Link, Preview, Text } from "@react-email/components";

interface BlockedAccessEmailProps {
  blockedEmail: string;
  documentTitle: string;
  settingsUrl: string;
}

export default function BlockedAccessEmail({ blockedEmail, documentTitle, settingsUrl }: BlockedAccessEmailProps) {
  return (
    <Html>
      <Preview>Blocked access attempt on {documentTitle}</Preview>
      <Body style={{ fontFamily: "Inter, sans-serif" }}>
        <Container>
          <Heading>Someone was blocked</Heading>
          <Text>
            <strong>{blockedEmail}</strong> tried to open <strong>{documentTitle}</strong>, but the address is on
            the block list of this link.
          </Text>
          <Link href={settingsUrl}>Review the link's access settings</Link>
        </Container>
      </Body>
    </Html>
  );
}
