import { InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';
import { openai, anthropic, bedrock, MODELS } from '../ai/clients';
import { loadTicket, loadArticle, saveTriage } from './ticket-store';

export interface Ticket {
  id: string;
  requesterName: string;
  requesterEmail: string;
  /** @personal user.content.private */
  body: string;
  product: 'invoicing' | 'payroll' | 'banking';
}

export async function triageTicket(ticketId: string): Promise<void> {
  const ticket: Ticket = await loadTicket(ticketId);

  const summary = await openai.chat.completions.create({
    model: MODELS.summarise,
    messages: [
      { role: 'system', content: 'Summarise the support ticket in two sentences for the agent.' },
      { role: 'user', content: `From: ${ticket.requesterName} <${ticket.requesterEmail}>\n\n${ticket.body}` },
    ],
  });

  const sentiment = await bedrock.send(
    new InvokeModelCommand({
      modelId: MODELS.sentiment,
      contentType: 'application/json',
      body: JSON.stringify({ inputText: `Classify the sentiment (positive/neutral/negative): ${ticket.body}` }),
    }),
  );

  await saveTriage(ticket.id, {
    summary: summary.choices[0]?.message.content ?? '',
    sentiment: JSON.parse(new TextDecoder().decode(sentiment.body)).results?.[0]?.outputText ?? 'neutral',
  });
}

export async function suggestArticleTitle(articleId: string): Promise<string> {
  const article = await loadArticle(articleId);
  try {
    const reply = await anthropic.messages.create({
      model: MODELS.writing,
      max_tokens: 60,
      messages: [{ role: 'user', content: `Suggest a short title for this help article:\n\n${article.markdown}` }],
    });
    const first = reply.content[0];
    return first?.type === 'text' ? first.text.trim() : article.title;
  } catch (err) {
    console.warn('title suggestion failed', err);
    return article.title;
  }
}
