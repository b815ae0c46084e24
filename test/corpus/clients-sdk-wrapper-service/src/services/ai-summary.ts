import OpenAI from 'openai';

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

const SYSTEM_PROMPT =
  'Du er en assistent for kundeservice i et fakturasystem. Svar kort og presist på norsk bokmål.';

/** Summarises a text with the chat model; returns an empty string when the model has nothing. */
export async function summarize(text: string, instruction = 'Oppsummer teksten i to setninger.'): Promise<string> {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    temperature: 0.2,
    messages: [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: `${instruction}\n\n${text}` },
    ],
  });
  return completion.choices[0]?.message.content?.trim() ?? '';
}

export function truncate(text: string, max = 4_000): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}
