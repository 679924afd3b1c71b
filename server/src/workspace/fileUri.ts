/** Document URIs as paths on this machine. */
import { fileURLToPath } from 'node:url';

/**
 * The local path of a `file:` URI; undefined for another scheme (untitled:)
 * or a file URI no local path can be made of (`file://host/…` on Linux, an
 * encoded `/` in a segment), for which fileURLToPath throws.
 */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
