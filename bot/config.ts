// Settings are read here, once, validated, and handed to the wiring. Nothing else reads process.env.
import path from 'node:path';
import { z } from 'zod';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const EnvSchema = z.object({
  PORT: z.coerce.number({ message: 'must be a port number, 0–65535' }).int('must be a port number, 0–65535').min(0, 'must be a port number, 0–65535').max(65535, 'must be a port number, 0–65535').default(3978),
  HOST: optionalString,
  STORE_PATH: optionalString,
  SEED_PATH: optionalString,
  LEXICON_PATH: optionalString,
  BOT_NOW: optionalString.refine((v) => v === undefined || !Number.isNaN(Date.parse(v)), {
    message: 'must be an ISO 8601 instant, e.g. 2011-04-07T08:55:00+02:00',
  }),
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppType: optionalString.refine(
    (v) => v === undefined || ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'].includes(v),
    { message: 'must be MultiTenant, SingleTenant or UserAssignedMSI' },
  ),
  MicrosoftAppTenantId: optionalString,
  SECRETARIAT: optionalString,
  PUBLIC_URL: optionalString.refine((v) => v === undefined || /^https?:\/\/[^/]+/.test(v), {
    message: 'must be an http(s) URL, e.g. https://bot.example.org',
  }),
  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_API_URL: optionalString,
  SLACK_APP_TOKEN: optionalString.refine((v) => v === undefined || /^xapp-[A-Za-z0-9-]+$/.test(v), {
    message: 'must be an App-Level Token (xapp-…, Basic Information → App-Level Tokens, scope connections:write)',
  }),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  DEBUG_NLU: optionalString,
  CHAT_USER: optionalString,
});

export interface Config {
  port: number;
  host?: string;
  storePath: string;
  seedPath: string;
  lexiconPath: string;
  botNow?: Date;
  microsoft: { appId?: string; appPassword?: string; appType: string; tenantId?: string };
  anonymous: boolean;
  secretariat: string[];
  publicUrl?: string;
  /** Slack is on with a bot token and a way in: the signing secret (HTTP), the app token (Socket Mode), or both. */
  slack: { botToken?: string; signingSecret?: string; appToken?: string; apiUrl?: string };
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  debugNlu: boolean;
  /** Who `npm run chat` speaks as (put it in SECRETARIAT to try the secretariat's commands). */
  chatUser: string;
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

export function parseConfig(env: Record<string, string | undefined>, projectRoot: string): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid settings:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.MicrosoftAppId && !e.MicrosoftAppPassword && e.MicrosoftAppType !== 'UserAssignedMSI') {
    throw new ConfigError(
      'Invalid settings:\n  MicrosoftAppPassword: required when MicrosoftAppId is set (or set MicrosoftAppType=UserAssignedMSI)',
    );
  }
  if (e.MicrosoftAppType === 'SingleTenant' && !e.MicrosoftAppTenantId) {
    throw new ConfigError('Invalid settings:\n  MicrosoftAppTenantId: required when MicrosoftAppType=SingleTenant');
  }
  if (!e.SLACK_BOT_TOKEN && (e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN)) {
    throw new ConfigError('Invalid settings:\n  SLACK_BOT_TOKEN: required when SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set');
  }
  if (e.SLACK_BOT_TOKEN && !e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN) {
    throw new ConfigError(
      'Invalid settings:\n  SLACK_SIGNING_SECRET or SLACK_APP_TOKEN: required with SLACK_BOT_TOKEN (the signing secret for Slack over HTTP, the app token for Socket Mode)',
    );
  }
  const resolve = (p: string) => (path.isAbsolute(p) ? p : path.resolve(projectRoot, p));
  return {
    port: e.PORT,
    host: e.HOST,
    storePath: resolve(e.STORE_PATH ?? 'data/store.json'),
    seedPath: resolve(e.SEED_PATH ?? 'data/seed.json'),
    lexiconPath: resolve(e.LEXICON_PATH ?? 'data/lexicon.json'),
    botNow: e.BOT_NOW ? new Date(e.BOT_NOW) : undefined,
    microsoft: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType ?? 'MultiTenant',
      tenantId: e.MicrosoftAppTenantId,
    },
    anonymous: !e.MicrosoftAppId,
    secretariat: (e.SECRETARIAT ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    slack: { botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, appToken: e.SLACK_APP_TOKEN, apiUrl: e.SLACK_API_URL },
    logLevel: e.LOG_LEVEL,
    debugNlu: ['1', 'true', 'yes', 'on'].includes((e.DEBUG_NLU ?? '').toLowerCase()),
    chatUser: e.CHAT_USER ?? 'terminal-user',
  };
}
