// The Teams app package: manifest/manifest.json (a template) filled in with the bot's app id and public
// URL from the config, zipped flat with the English strings and the two icons. `npm run package`
// (manifest/package.ts) writes it to build/; tests call these functions directly.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import type { PackageConfig } from '../bot/config.js';

/** The files in the package, all at the zip's root as Teams requires. */
export const PACKAGE_FILES = ['manifest.json', 'en.json', 'color.png', 'outline.png'] as const;
export const PACKAGE_NAME = 'sodertornsboten-teams.zip';

export class PackageError extends Error {
  readonly code = 'PACKAGE_SETTINGS';
}

export interface PackageSettings {
  /** MicrosoftAppId: the bot's id and the Teams app's id. */
  appId: string;
  /** PUBLIC_URL without a trailing slash. */
  publicUrl: string;
  /** The app version (package.json's). */
  version: string;
}

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

/** What the package needs from the config; every missing or unusable setting is named in one message. */
export function packageSettings(config: PackageConfig, version: string): PackageSettings {
  const problems: string[] = [];
  const appId = config.microsoft.appId;
  if (!appId) {
    problems.push('  MicrosoftAppId: not set. It is the bot\'s Microsoft App ID (a GUID) from its Azure Bot registration.');
  } else if (!GUID.test(appId)) {
    problems.push(`  MicrosoftAppId: "${appId}" is not a GUID (like 00000000-0000-0000-0000-000000000000).`);
  }
  const publicUrl = config.publicUrl;
  if (!publicUrl) {
    problems.push('  PUBLIC_URL: not set. It is the bot\'s public https address, e.g. https://bot.example.org.');
  } else if (!/^https:\/\//i.test(publicUrl)) {
    problems.push(`  PUBLIC_URL: "${publicUrl}" must start with https:// (Teams loads the tab only over https).`);
  }
  if (problems.length > 0 || !appId || !publicUrl) {
    throw new PackageError(`Cannot build the Teams app package:\n${problems.join('\n')}\nSet them in .env or the environment.`);
  }
  return { appId, publicUrl, version };
}

function fill(value: unknown, vars: Record<string, string>): unknown {
  if (typeof value === 'string') return value.replace(/\{\{(\w+)\}\}/g, (m, k: string) => vars[k] ?? m);
  if (Array.isArray(value)) return value.map((v) => fill(v, vars));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, vars)]));
  }
  return value;
}

/** The manifest with {{BOT_ID}}, {{PUBLIC_URL}}, {{PUBLIC_HOST}} and {{VERSION}} filled in. */
export async function buildManifest(settings: PackageSettings, manifestDir: string): Promise<Record<string, unknown>> {
  const template = JSON.parse(await readFile(path.join(manifestDir, 'manifest.json'), 'utf8')) as unknown;
  const manifest = fill(template, {
    BOT_ID: settings.appId,
    PUBLIC_URL: settings.publicUrl,
    PUBLIC_HOST: new URL(settings.publicUrl).host,
    VERSION: settings.version,
  }) as Record<string, unknown>;
  const left = JSON.stringify(manifest).match(/\{\{\w+\}\}/);
  if (left) throw new PackageError(`manifest/manifest.json: no value for ${left[0]}`);
  return manifest;
}

/** The zip's bytes and the manifest in it. Fixed file dates, so the same input gives the same zip. */
export async function buildAppPackage(
  settings: PackageSettings,
  manifestDir: string,
): Promise<{ zip: Buffer; manifest: Record<string, unknown> }> {
  const manifest = await buildManifest(settings, manifestDir);
  const zip = new JSZip();
  const date = new Date('2011-01-01T00:00:00Z');
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  for (const name of PACKAGE_FILES.slice(1)) {
    zip.file(name, await readFile(path.join(manifestDir, name)), { date });
  }
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
  return { zip: bytes, manifest };
}

/** Builds the package from the config and writes it to `outDir`; returns where. */
export async function writeAppPackage(opts: {
  config: PackageConfig;
  version: string;
  manifestDir: string;
  outDir: string;
}): Promise<{ file: string; settings: PackageSettings; manifest: Record<string, unknown> }> {
  const settings = packageSettings(opts.config, opts.version);
  const { zip, manifest } = await buildAppPackage(settings, opts.manifestDir);
  await mkdir(opts.outDir, { recursive: true });
  const file = path.join(opts.outDir, PACKAGE_NAME);
  await writeFile(file, zip);
  return { file, settings, manifest };
}
