/** What a request may carry (the server's limits; it checks the content again). */
export const MAX_FILES = 10;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** The longest side of a photo as sent: enough to see a crack, small enough for a phone link. */
export const PHOTO_MAX_SIDE = 1600;

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

export type FileProblem = { kind: 'tooMany' } | { kind: 'tooLarge' | 'notAllowed'; name: string };

/** Whether a chosen file is a kind the server takes (by its declared type; the server sniffs). */
export function isAllowed(file: File): boolean {
  return IMAGE_TYPES.includes(file.type) || file.type === 'application/pdf' || file.type === '' || file.type.startsWith('image/');
}

/** The problems of a selection, first the count, then each file's. */
export function checkFiles(files: readonly File[]): FileProblem[] {
  const problems: FileProblem[] = [];
  if (files.length > MAX_FILES) problems.push({ kind: 'tooMany' });
  for (const file of files) {
    if (!isAllowed(file)) problems.push({ kind: 'notAllowed', name: file.name });
    else if (file.size > MAX_FILE_BYTES) problems.push({ kind: 'tooLarge', name: file.name });
  }
  return problems;
}

/** The size a picture of `width` × `height` is drawn at to fit `maxSide` (never enlarged). */
export function fitWithin(width: number, height: number, maxSide: number): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/**
 * A photo redrawn on a canvas at most PHOTO_MAX_SIDE on a side, as JPEG: a 4 MB phone photo
 * becomes a few hundred kB, and the browser drops its EXIF data (the location) on the way.
 * Anything else (a PDF), or a photo the browser cannot draw, is sent as it is.
 */
export async function shrinkPhoto(file: File): Promise<File> {
  if (!file.type.startsWith('image/') || typeof createImageBitmap === 'undefined') return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return file;
  }
  const size = fitWithin(bitmap.width, bitmap.height, PHOTO_MAX_SIDE);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (context === null) return file;
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.82));
  if (blob === null || blob.size >= file.size) return file;
  const name = file.name.replace(/\.[^.]*$/, '') + '.jpg';
  return new File([blob], name, { type: 'image/jpeg', lastModified: file.lastModified });
}
