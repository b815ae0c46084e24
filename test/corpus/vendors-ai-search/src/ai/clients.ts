import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

export const openai = new OpenAI({ apiKey: requireEnv('OPENAI_API_KEY'), maxRetries: 2, timeout: 30_000 });

export const anthropic = new Anthropic({ apiKey: requireEnv('ANTHROPIC_API_KEY') });

/** Titan models in Frankfurt, used for cheap classification. */
export const bedrock = new BedrockRuntimeClient({ region: 'eu-central-1' });

export const MODELS = {
  summarise: 'gpt-4o-mini',
  writing: 'claude-3-5-haiku-latest',
  sentiment: 'amazon.titan-text-lite-v1',
} as const;
