import { AppError } from '../../db/errors';
import { T } from './texts';

/** Photo aspect of the 任免审批表 (DOMAIN §2.3): 376 × 460, about a one-inch ID photo. */
const WIDTH = 376;
const HEIGHT = 460;

/**
 * Reads a JPEG or PNG, crops it to the official aspect from the centre and returns a JPEG data URL
 * small enough to store with the record and carry in a package.
 */
export async function photoToDataUrl(file: Blob): Promise<string> {
  if (!/^image\/(jpeg|png)$/.test(file.type)) throw new AppError(T.photo.notImage);
  if (file.size > 10 * 1024 * 1024) throw new AppError(T.photo.tooLarge);
  const bitmap = await createImageBitmap(file).catch(() => {
    throw new AppError(T.photo.unreadable);
  });
  const scale = Math.max(WIDTH / bitmap.width, HEIGHT / bitmap.height);
  const sw = WIDTH / scale;
  const sh = HEIGHT / scale;
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new AppError(T.photo.failed);
  ctx.drawImage(bitmap, (bitmap.width - sw) / 2, (bitmap.height - sh) / 2, sw, sh, 0, 0, WIDTH, HEIGHT);
  return canvas.toDataURL('image/jpeg', 0.85);
}
