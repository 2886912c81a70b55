#!/usr/bin/env node
// Renders resources/icon.svg into the app icons electron-builder packs: PNGs at the sizes Linux
// desktops use (resources/icons/<n>x<n>.png), the 512 px resources/icon.png, and a multi-size
// Windows resources/icon.ico (PNG entries, Windows Vista and later). Rendered by headless
// Chromium (playwright-core + /usr/bin/chromium, as the e2e tests use); needs the Noto CJK fonts.
//   node scripts/render-icons.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const resources = join(root, 'resources');

/** Sizes of the PNG icons (Linux hicolor theme sizes). */
export const ICON_SIZES = [16, 32, 48, 64, 128, 256, 512];
/** Sizes inside the Windows .ico (256 is the largest an .ico holds). */
export const ICO_SIZES = [16, 32, 48, 64, 128, 256];

/** A Windows .ico holding the given PNG images (ICONDIR + ICONDIRENTRY per image + the PNGs). */
export function icoOf(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2);
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}

async function render() {
  const svg = readFileSync(join(resources, 'icon.svg'), 'utf8').replace(/<\?xml[^>]*\?>/, '');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const pngs = new Map();
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      // At 32 px and below: no frame, and a heavier, larger sans-serif 挂 whose strokes survive.
      const small = size <= 32 ? ".frame{display:none}text{font-family:'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei',sans-serif;font-size:400px}" : '';
      await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}${small}</style>${svg}`);
      // Runs in the page, where `document` is the page's.
      await page.evaluate(() => globalThis.document.fonts.ready);
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      pngs.set(size, png);
      writeFileSync(join(resources, 'icons', `${size}x${size}.png`), png);
    }
    writeFileSync(join(resources, 'icon.png'), pngs.get(512));
    writeFileSync(join(resources, 'icon.ico'), icoOf(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))));
  } finally {
    await browser.close();
  }
}

mkdirSync(join(resources, 'icons'), { recursive: true });
await render();
console.log(`图标已生成：resources/icons/（${ICON_SIZES.join('、')} 像素）、resources/icon.png、resources/icon.ico`);
