// The Teams app icons, drawn with pngjs (manifest/make-icons.ts writes them; the PNGs are committed):
//   color.png    192×192, a white calendar on the accent colour (full bleed, Teams rounds the corners)
//   outline.png   32×32, the same calendar as white lines on a transparent background
// Shapes are tested at 8×8 points per pixel, so edges are smooth without any drawing library.
import { PNG } from 'pngjs';

/** The app's accent colour (manifest accentColor): #0F548C. */
export const ACCENT = { r: 0x0f, g: 0x54, b: 0x8c };

type Shape = (x: number, y: number) => boolean;

const rect = (x0: number, y0: number, x1: number, y1: number, r = 0): Shape => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const union = (...s: Shape[]): Shape => (x, y) => s.some((f) => f(x, y));
const minus = (a: Shape, ...b: Shape[]): Shape => (x, y) => a(x, y) && !b.some((f) => f(x, y));

/** Coordinates are fractions of the icon's side, so one design scales to either size. */
function coverage(size: number, shape: Shape, samples = 8): Float64Array {
  const out = new Float64Array(size * size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hit = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          if (shape((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)) hit++;
        }
      }
      out[py * size + px] = hit / (samples * samples);
    }
  }
  return out;
}

function grid(cols: number, rows: number, x0: number, y0: number, x1: number, y1: number, gap: number, r: number): Shape {
  const w = (x1 - x0 - gap * (cols - 1)) / cols;
  const h = (y1 - y0 - gap * (rows - 1)) / rows;
  const cells: Shape[] = [];
  for (let j = 0; j < rows; j++)
    for (let i = 0; i < cols; i++) cells.push(rect(x0 + i * (w + gap), y0 + j * (h + gap), x0 + i * (w + gap) + w, y0 + j * (h + gap) + h, r));
  return union(...cells);
}

/** The colour icon's glyph: a filled calendar sheet with binder rings and a grid of days cut out. */
function colorGlyph(): Shape {
  const sheet = rect(0.2, 0.25, 0.8, 0.8, 0.06);
  const days = grid(4, 3, 0.27, 0.44, 0.73, 0.73, 0.035, 0.015);
  const ringGaps = union(rect(0.315, 0.2, 0.405, 0.34, 0.045), rect(0.595, 0.2, 0.685, 0.34, 0.045));
  const rings = union(rect(0.335, 0.17, 0.385, 0.32, 0.025), rect(0.615, 0.17, 0.665, 0.32, 0.025));
  return union(minus(sheet, days, ringGaps), rings);
}

/** The outline icon's glyph: the calendar as 2-pixel lines, bolder so it reads at 32 pixels. */
function outlineGlyph(): Shape {
  const p = (n: number) => n / 32; // drawn on the 32-pixel grid, so lines fall on whole pixels
  const frame = minus(rect(p(3), p(5), p(29), p(29), p(3)), rect(p(5), p(7), p(27), p(27), p(1.5)));
  const header = rect(p(3), p(11), p(29), p(13));
  const rings = union(rect(p(9), p(2), p(11), p(8), p(1)), rect(p(21), p(2), p(23), p(8), p(1)));
  const days = grid(3, 2, p(8), p(16), p(24), p(24), p(3), 0);
  return union(frame, header, rings, days);
}

export function drawColorIcon(size = 192): PNG {
  const png = new PNG({ width: size, height: size });
  const a = coverage(size, colorGlyph());
  for (let i = 0; i < size * size; i++) {
    const k = a[i]!;
    png.data[i * 4] = Math.round(ACCENT.r * (1 - k) + 255 * k);
    png.data[i * 4 + 1] = Math.round(ACCENT.g * (1 - k) + 255 * k);
    png.data[i * 4 + 2] = Math.round(ACCENT.b * (1 - k) + 255 * k);
    png.data[i * 4 + 3] = 255;
  }
  return png;
}

export function drawOutlineIcon(size = 32): PNG {
  const png = new PNG({ width: size, height: size });
  const a = coverage(size, outlineGlyph());
  for (let i = 0; i < size * size; i++) {
    // White everywhere; only the alpha carries the shape (Teams: white on transparent).
    png.data[i * 4] = 255;
    png.data[i * 4 + 1] = 255;
    png.data[i * 4 + 2] = 255;
    png.data[i * 4 + 3] = Math.round(a[i]! * 255);
  }
  return png;
}
