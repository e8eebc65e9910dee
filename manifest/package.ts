// `npm run package`: reads MicrosoftAppId and PUBLIC_URL (.env, then the environment, through
// parsePackageConfig; nothing else, and never MicrosoftAppPassword), fills in the manifest and writes build/sodertornsboten-teams.zip for upload to Teams.
import { config as loadDotenv } from 'dotenv';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, parsePackageConfig } from '../bot/config.js';
import { projectRoot } from '../bot/paths.js';
import { PackageError, writeAppPackage } from './build.js';

async function main(): Promise<void> {
  const root = projectRoot();
  loadDotenv({ path: path.join(root, '.env'), quiet: true });
  // Only MicrosoftAppId and PUBLIC_URL: building the package never needs the bot's password.
  const config = parsePackageConfig(process.env);
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const { file, settings } = await writeAppPackage({
    config,
    version,
    manifestDir: path.join(root, 'manifest'),
    outDir: path.join(root, 'build'),
  });
  process.stdout.write(
    `Teams app package written: ${path.relative(root, file)}\n` +
      `  bot / app id  ${settings.appId}\n` +
      `  plan tab      ${settings.publicUrl}/tab\n` +
      `  version       ${settings.version}\n` +
      'Upload it in Teams: Apps > Manage your apps > Upload an app (or through the Teams admin center).\n',
  );
}

main().catch((e: unknown) => {
  if (e instanceof PackageError || e instanceof ConfigError) {
    process.stderr.write(`${e.message}\n`);
  } else {
    process.stderr.write(`Cannot build the Teams app package: ${(e as Error)?.message ?? String(e)}\n`);
  }
  process.exit(1);
});
