/** Images the browser can redraw on a canvas and encode again in the same type. */
const REDRAWN = new Set(['image/png', 'image/jpeg', 'image/webp']);

/**
 * An image no longer than `maxEdge` pixels on its longer side, in its own type (JPEG and WebP at
 * quality 0.9). Returns the file itself when it is smaller already, when it is not a PNG, JPEG or
 * WebP (a GIF would lose its frames), or when the browser cannot decode or draw it.
 */
export async function downscaleImage(file: File, maxEdge: number): Promise<File> {
  if (!REDRAWN.has(file.type) || typeof createImageBitmap !== 'function' || typeof document === 'undefined') return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return file;
  }
  try {
    const scale = maxEdge / Math.max(bitmap.width, bitmap.height);
    if (scale >= 1) return file;
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const context = canvas.getContext('2d');
    if (!context) return file;
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, file.type, 0.9));
    // A browser that cannot encode the type (WebP in some) gives a PNG: label it as what it is.
    return blob ? new File([blob], file.name, { type: blob.type || file.type, lastModified: file.lastModified }) : file;
  } finally {
    bitmap.close();
  }
}
