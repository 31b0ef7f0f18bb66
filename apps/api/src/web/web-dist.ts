import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The built web app (apps/web/dist). Found by walking up from this file, because it runs both
 * from the compiled build (dist/apps/api/src/web) and from the sources under ts-jest.
 */
export function findWebDist(start: string = path.dirname(fileURLToPath(import.meta.url))): string | undefined {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'apps', 'web'))) {
      const dist = path.join(dir, 'apps', 'web', 'dist');
      return existsSync(path.join(dist, 'index.html')) ? dist : undefined;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
