// What can be checked of the Azure files without Azure or a Bicep CLI (neither is on this machine): the
// settings the Bicep file gives the web app are accepted by the bot's own configuration, the values the
// issue asks for are there, and m365agents.yml points at files and scripts that exist.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConfig } from '../../bot/config.js';
import { ROOT } from '../helpers/app.js';

const bicep = readFileSync(path.join(ROOT, 'infra', 'main.bicep'), 'utf8');
const agents = readFileSync(path.join(ROOT, 'm365agents.yml'), 'utf8');

/** The web app's app settings: `{ name: 'X', value: <expression> }` lines. */
function appSettings(): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of bicep.matchAll(/\{ name: '(\w+)', value: ([^}]+?) \}/g)) out.set(m[1]!, m[2]!.trim());
  return out;
}

describe('infra/main.bicep', () => {
  it('gives the web app settings the bot accepts: managed identity, the store under /home', () => {
    const settings = appSettings();
    // Expressions get what Azure would put there: the identity's GUIDs, the parameters' defaults.
    const env: Record<string, string> = {};
    for (const [name, value] of settings) {
      const literal = /^'(.*)'$/.exec(value);
      if (literal) env[name] = literal[1]!;
      else if (/clientId$/.test(value)) env[name] = '11111111-2222-3333-4444-555555555555';
      else if (/tenantId$/.test(value)) env[name] = '66666666-7777-8888-9999-000000000000';
      else if (value === 'publicUrl') env[name] = 'https://sodertornsboten-app.azurewebsites.net';
      else env[name] = '';
    }
    const config = parseConfig(env, ROOT);
    expect(config.anonymous).toBe(false);
    expect(config.microsoft).toMatchObject({ appType: 'UserAssignedMSI', appId: expect.any(String), tenantId: expect.any(String) });
    expect(config.storePath).toBe('/home/data/store.json');
    expect(config.publicUrl).toBe('https://sodertornsboten-app.azurewebsites.net');
    expect(config.botNow).toBeUndefined();
  });

  it('has what the issue asks for: Node 24 on Linux, one instance, always on, /healthz, West Europe, Teams', () => {
    expect(bicep).toMatch(/linuxFxVersion: 'NODE\|24-lts'/);
    expect(bicep).toMatch(/alwaysOn: true/);
    expect(bicep).toMatch(/healthCheckPath: '\/healthz'/);
    expect(bicep).toMatch(/capacity: 1\b/);
    expect(bicep).toMatch(/param location string = 'westeurope'/);
    expect(bicep).toMatch(/msaAppType: 'UserAssignedMSI'/);
    expect(bicep).toMatch(/channelName: 'MsTeamsChannel'/);
    expect(bicep).toMatch(/appCommandLine: 'node dist\/bot\/index\.js'/);
    const params = JSON.parse(readFileSync(path.join(ROOT, 'infra', 'main.parameters.json'), 'utf8')) as { parameters: Record<string, unknown> };
    for (const name of Object.keys(params.parameters)) expect(bicep).toMatch(new RegExp(`^param ${name} `, 'm'));
  });
});

describe('m365agents.yml', () => {
  it('provisions with the Bicep file, deploys with zipDeploy and packages the Teams app from files that exist', () => {
    for (const action of ['arm/deploy', 'azureAppService/zipDeploy', 'teamsApp/validateAppPackage', 'teamsApp/publishAppPackage']) expect(agents).toContain(`uses: ${action}`);
    const paths = [...agents.matchAll(/(?:path|parameters|appPackagePath|artifactFolder): (\.\/[\w./-]+)/g)].map((m) => m[1]!);
    expect(paths).toEqual(expect.arrayContaining(['./infra/main.bicep', './infra/main.parameters.json', './build/sodertornsboten-teams.zip', './build/deploy']));
    for (const p of paths.filter((x) => !x.startsWith('./build/'))) expect(existsSync(path.join(ROOT, p))).toBe(true);
    for (const script of agents.matchAll(/node (scripts\/[\w.-]+)/g)) expect(existsSync(path.join(ROOT, script[1]!))).toBe(true);
    const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const run of agents.matchAll(/args: run ([\w-]+)/g)) expect(scripts[run[1]!]).toBeDefined();
    // The package our packager writes is the one the toolkit validates and publishes.
    expect(readFileSync(path.join(ROOT, 'manifest', 'package.ts'), 'utf8')).toContain('sodertornsboten-teams.zip');
    // The Bicep outputs the toolkit writes to the environment are the ones the yml reads.
    for (const v of agents.matchAll(/\$\{\{(BOT_\w+|PUBLIC_URL)\}\}/g)) expect(bicep).toMatch(new RegExp(`^output ${v[1]} `, 'm'));
  });
});
