import { Body, Container, Html, Section, Text } from "@react-email/components";

export default function UsageReportEmail({ workspace, month, views, documents }: { workspace: string; month: string; views: number; documents: number }) {
  return (
    <Html>
      <Body>
        <Container>
          <Text>Your usage for {month}</Text>
          <Section>
            <Text>
              {workspace}: {documents} documents, {views} views
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
