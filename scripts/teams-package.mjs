// The Teams app package for the Agents Toolkit (m365agents.yml): `node scripts/teams-package.mjs <bot id> <public url>`
// runs `npm run package` (manifest/package.ts) with the bot's app id (managed identity) and the web app's
// address, as the settings it reads. Cross-platform, unlike `VAR=value command` in a toolkit script step.
import { spawnSync } from 'node:child_process';

const [appId, publicUrl] = process.argv.slice(2);
if (!appId || !publicUrl) {
  process.stderr.write('usage: node scripts/teams-package.mjs <MicrosoftAppId> <PUBLIC_URL>\n');
  process.exit(2);
}
const env = { ...process.env, MicrosoftAppId: appId, MicrosoftAppType: 'UserAssignedMSI', PUBLIC_URL: publicUrl };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const r = spawnSync(npm, ['run', 'package', '--silent'], { stdio: 'inherit', env, shell: process.platform === 'win32' });
process.exit(r.status ?? 1);
