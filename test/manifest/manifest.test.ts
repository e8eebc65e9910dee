// The Teams app package: the generated manifest against the official JSON schema of its version (the
// copies shipped in @microsoft/app-manifest, offline), the zip's contents and the icons.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import {
  PACKAGE_FILES,
  PACKAGE_NAME,
  PackageError,
  buildAppPackage,
  buildManifest,
  packageSettings,
  writeAppPackage,
} from '../../manifest/build.js';
import { drawColorIcon, drawOutlineIcon } from '../../manifest/icons.js';
import { ROOT, tempDir, testConfig } from '../helpers/app.js';

const MANIFEST_DIR = path.join(ROOT, 'manifest');
const APP_ID = '6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b';
const SETTINGS = { appId: APP_ID, publicUrl: 'https://bot.example.org', version: '0.1.0' };

type Json = Record<string, unknown>;
interface Command { title: string; description: string }
interface CommandList { scopes: string[]; commands: Command[] }

/** Where @microsoft/app-manifest keeps the official schemas: build/json-schemas/teams/v<version>/. */
function schemaDir(version: string): string {
  const require = createRequire(import.meta.url);
  const pkg = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return path.join(pkg, 'build', 'json-schemas', 'teams', `v${version}`);
}

function loadSchema(version: string, file: string): Json {
  return JSON.parse(readFileSync(path.join(schemaDir(version), file), 'utf8')) as Json;
}

/**
 * The schema files come from @microsoft/app-manifest; its own validator is not used because its entry
 * point require()s an ES module (strip-bom), which needs Node 22. The Teams schemas are draft-04. Ajv 8 reads draft-07 (2019+); for a schema that uses none of the
 * keywords whose meaning changed after draft-04 (boolean exclusiveMinimum/exclusiveMaximum, `id`),
 * the two drafts validate alike. This walks the schema to make sure of that before compiling it.
 */
function draft04Differences(node: unknown, inProperties = false, at = '#'): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => draft04Differences(n, false, `${at}/${i}`));
  if (!node || typeof node !== 'object') return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(node as Json)) {
    if (!inProperties) {
      if ((k === 'exclusiveMinimum' || k === 'exclusiveMaximum') && typeof v === 'boolean') out.push(`${at}/${k}`);
      if (k === 'id' && typeof v === 'string') out.push(`${at}/${k}`);
    }
    const childInProperties = !inProperties && (k === 'properties' || k === 'patternProperties' || k === 'definitions');
    out.push(...draft04Differences(v, childInProperties, `${at}/${k}`));
  }
  return out;
}

function ajvValidator(schema: Json) {
  expect(schema.$schema).toBe('http://json-schema.org/draft-04/schema#');
  expect(draft04Differences(schema)).toEqual([]);
  const { $schema: _ignored, ...body } = schema;
  // unicodeRegExp off: the localisation schema has patterns like `\[\b(…)\b]` (a lone "]"), which are
  // valid ECMAScript regular expressions only without the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajvFormats.default(ajv); // the CommonJS module's default export, as NodeNext sees it
  return ajv.compile(body);
}

describe('the Teams app manifest', () => {
  let manifest: Json;
  let version: string;
  let en: Json;

  beforeAll(async () => {
    manifest = await buildManifest(SETTINGS, MANIFEST_DIR);
    version = String(manifest.manifestVersion);
    en = JSON.parse(await readFile(path.join(MANIFEST_DIR, 'en.json'), 'utf8')) as Json;
  });

  it('is on a current schema version (1.17 or later) and names that schema', () => {
    const [major, minor] = version.split('.').map(Number) as [number, number];
    expect(major * 100 + minor).toBeGreaterThanOrEqual(117);
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/en-us/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`);
  });

  it('is valid against the official schema of its version (ajv, offline)', () => {
    const validate = ajvValidator(loadSchema(version, 'MicrosoftTeams.schema.json'));
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('would catch a broken manifest (the validation is real)', async () => {
    const validate = ajvValidator(loadSchema(version, 'MicrosoftTeams.schema.json'));
    const broken = structuredClone(manifest) as Json & { bots: Array<{ commandLists: CommandList[] }> };
    broken.bots[0]!.commandLists[0]!.commands.push(...broken.bots[0]!.commandLists[0]!.commands); // too many
    delete (broken as Json).accentColor;
    expect(validate(broken)).toBe(false);
    const paths = (validate.errors ?? []).map((e: { instancePath: string; message?: string }) => `${e.instancePath} ${e.message}`);
    expect(paths.join('\n')).toMatch(/accentColor/);
    expect(paths.join('\n')).toMatch(/\/bots\/0\/commandLists\/0\/commands .*12/);
  });

  it('has an English localisation file valid against the localisation schema', () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'sv',
      additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
    });
    expect(en.$schema).toBe(
      `https://developer.microsoft.com/en-us/json-schemas/teams/v${version}/MicrosoftTeams.Localization.schema.json`,
    );
    const validate = ajvValidator(loadSchema(version, 'MicrosoftTeams.Localization.schema.json'));
    const ok = validate(en);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('fills in the bot id and the public URL: app id, bot, tab URLs and validDomains', () => {
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.version).toBe('0.1.0');
    const bot = (manifest.bots as Json[])[0]!;
    expect(bot.botId).toBe(APP_ID);
    // Files reach the bot only in the personal chat, and only with supportsFiles (the secretariat's import).
    expect(bot.supportsFiles).toBe(true);
    expect(manifest.validDomains).toEqual(['bot.example.org']);
    const tabs = manifest.staticTabs as Json[];
    const plan = tabs.find((t) => t.entityId === 'plan')!;
    expect(plan.contentUrl).toBe('https://bot.example.org/tab?theme={app.theme}&lang={app.locale}');
    expect(plan.websiteUrl).toBe('https://bot.example.org/tab');
    expect(JSON.stringify(manifest)).not.toMatch(/\{\{/);
  });

  it('keeps a path prefix and a port of PUBLIC_URL', async () => {
    const m = await buildManifest({ ...SETTINGS, publicUrl: 'https://example.org:8443/bot' }, MANIFEST_DIR);
    expect(m.validDomains).toEqual(['example.org:8443']);
    const plan = (m.staticTabs as Json[]).find((t) => t.entityId === 'plan')!;
    expect(plan.contentUrl).toMatch(/^https:\/\/example\.org:8443\/bot\/tab\?/);
  });

  it('has the bot in personal, team and group chat, with one command list per scope', () => {
    const bot = (manifest.bots as Array<{ scopes: string[]; commandLists: CommandList[] }>)[0]!;
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bot.commandLists.map((l) => l.scopes)).toEqual([['personal'], ['team'], ['groupChat']]);
    bot.commandLists.forEach((list, i) => {
      expect(list.commands.length).toBeGreaterThan(0);
      expect(list.commands.length).toBeLessThanOrEqual(12);
      const titles = list.commands.map((c) => c.title);
      expect(new Set(titles).size).toBe(titles.length);
      for (const t of titles) expect(t.length).toBeLessThanOrEqual(32);
      expect(titles).toEqual(expect.arrayContaining(['nästa möte', 'nästa LG', 'budget', 'värd rådslag', 'kalender', 'hjälp', 'prenumerera på ledningsgruppen']));
      list.commands.forEach((c, j) => {
        const title = en[`bots[0].commandLists[${i}].commands[${j}].title`];
        expect(typeof title).toBe('string');
        expect((title as string).length).toBeLessThanOrEqual(32);
        expect(typeof en[`bots[0].commandLists[${i}].commands[${j}].description`]).toBe('string');
        expect(c.description.length).toBeGreaterThan(0);
      });
    });
  });

  it('is named and described in Swedish, with the English strings in en.json', () => {
    expect(manifest.name).toMatchObject({ short: 'Södertörnsboten' });
    expect((manifest.description as Json).short).toMatch(/möten/);
    expect(en['name.short']).toBe('Södertörn bot');
    expect(en['description.full']).toMatch(/management group/);
    const tabs = manifest.staticTabs as Json[];
    const planIndex = tabs.findIndex((t) => t.entityId === 'plan');
    expect(tabs[planIndex]!.name).toBe('Planen');
    expect(en[`staticTabs[${planIndex}].name`]).toBe('Plan');
  });
});

describe('the Teams app package', () => {
  it('zips exactly the manifest, the English strings and the two icons at its root', async () => {
    const { zip, manifest } = await buildAppPackage(SETTINGS, MANIFEST_DIR);
    const z = await JSZip.loadAsync(zip);
    const names = Object.keys(z.files).sort();
    expect(names).toEqual([...PACKAGE_FILES].sort());
    const inZip = JSON.parse(await z.file('manifest.json')!.async('string')) as Json;
    expect(inZip).toEqual(manifest);
    const icons = manifest.icons as { color: string; outline: string };
    expect(names).toEqual(expect.arrayContaining([icons.color, icons.outline]));
    const lang = (manifest.localizationInfo as { additionalLanguages: Array<{ file: string }> }).additionalLanguages;
    for (const l of lang) expect(names).toContain(l.file);
  });

  it('has a 192×192 opaque colour icon and a 32×32 white-on-transparent outline icon', async () => {
    const { zip } = await buildAppPackage(SETTINGS, MANIFEST_DIR);
    const z = await JSZip.loadAsync(zip);
    const color = PNG.sync.read(await z.file('color.png')!.async('nodebuffer'));
    expect([color.width, color.height]).toEqual([192, 192]);
    for (let i = 3; i < color.data.length; i += 4) expect(color.data[i]).toBe(255);

    const outline = PNG.sync.read(await z.file('outline.png')!.async('nodebuffer'));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let transparent = 0;
    let drawn = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const alpha = outline.data[i + 3]!;
      if (alpha === 0) transparent++;
      else {
        drawn++;
        expect([outline.data[i], outline.data[i + 1], outline.data[i + 2]]).toEqual([255, 255, 255]);
      }
    }
    expect(transparent).toBeGreaterThan(32 * 32 * 0.4);
    expect(drawn).toBeGreaterThan(32 * 4);
  });

  it('ships the icons that manifest/icons.ts draws', async () => {
    const committedColor = PNG.sync.read(await readFile(path.join(MANIFEST_DIR, 'color.png')));
    const committedOutline = PNG.sync.read(await readFile(path.join(MANIFEST_DIR, 'outline.png')));
    expect(Buffer.compare(committedColor.data, drawColorIcon().data)).toBe(0);
    expect(Buffer.compare(committedOutline.data, drawOutlineIcon().data)).toBe(0);
  });

  it('is written to the output folder from the config (MicrosoftAppId, PUBLIC_URL)', async () => {
    const t = await tempDir();
    try {
      const config = testConfig(t.dir, {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'not-used-here',
        PUBLIC_URL: 'https://bot.example.org/',
      });
      const out = path.join(t.dir, 'build');
      const { file, manifest } = await writeAppPackage({ config, version: '1.2.3', manifestDir: MANIFEST_DIR, outDir: out });
      expect(file).toBe(path.join(out, PACKAGE_NAME));
      const z = await JSZip.loadAsync(await readFile(file));
      const inZip = JSON.parse(await z.file('manifest.json')!.async('string')) as Json;
      expect(inZip).toEqual(manifest);
      expect(inZip).toMatchObject({ id: APP_ID, version: '1.2.3', validDomains: ['bot.example.org'] });
    } finally {
      await t.cleanup();
    }
  });

  it('fails with a message naming MicrosoftAppId and PUBLIC_URL when they are missing', () => {
    const config = testConfig('/tmp/unused');
    expect(() => packageSettings(config, '0.1.0')).toThrow(PackageError);
    try {
      packageSettings(config, '0.1.0');
    } catch (e) {
      expect((e as Error).message).toMatch(/MicrosoftAppId: not set/);
      expect((e as Error).message).toMatch(/PUBLIC_URL: not set/);
    }
  });

  it('npm run package needs MicrosoftAppId and PUBLIC_URL only, never MicrosoftAppPassword', async () => {
    // The built script, as `npm run package` runs it, with no password anywhere in its environment.
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'dist', 'manifest', 'package.js')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', MicrosoftAppId: APP_ID, PUBLIC_URL: 'https://bot.example.org/' },
    });
    expect(stdout).toMatch(/Teams app package written: build\/sodertornsboten-teams\.zip/);
    const z = await JSZip.loadAsync(await readFile(path.join(ROOT, 'build', 'sodertornsboten-teams.zip')));
    expect(JSON.parse(await z.file('manifest.json')!.async('string'))).toMatchObject({ id: APP_ID, validDomains: ['bot.example.org'] });
    // A missing setting is named, and the password is not asked for.
    const failed = await run(process.execPath, [path.join(ROOT, 'dist', 'manifest', 'package.js')], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', MicrosoftAppId: APP_ID } }).catch((e: { stderr: string }) => e);
    expect((failed as { stderr: string }).stderr).toMatch(/PUBLIC_URL: not set/);
    expect((failed as { stderr: string }).stderr).not.toMatch(/MicrosoftAppPassword/);
  });

  it('refuses an app id that is not a GUID and a public URL that is not https', () => {
    const config = testConfig('/tmp/unused', {
      MicrosoftAppId: 'my-bot',
      MicrosoftAppPassword: 'x',
      PUBLIC_URL: 'http://bot.example.org',
    });
    expect(() => packageSettings(config, '0.1.0')).toThrow(/MicrosoftAppId: "my-bot" is not a GUID[\s\S]*PUBLIC_URL: "http:\/\/bot\.example\.org" must start with https/);
  });
});
