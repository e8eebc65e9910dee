// Writes the Teams app icons (manifest/color.png, manifest/outline.png) once; they are committed.
// Run again only to change them: `npm run icons`. The drawing is in icons.ts.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { projectRoot } from '../bot/paths.js';
import { drawColorIcon, drawOutlineIcon } from './icons.js';

const dir = path.join(projectRoot(), 'manifest');
writeFileSync(path.join(dir, 'color.png'), PNG.sync.write(drawColorIcon()));
writeFileSync(path.join(dir, 'outline.png'), PNG.sync.write(drawOutlineIcon()));
process.stdout.write(`Wrote ${path.join(dir, 'color.png')} and ${path.join(dir, 'outline.png')}\n`);
