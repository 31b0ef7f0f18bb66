import { access, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const DEMO_FILE = 'hilversum-wijken.csv';

/**
 * The demo city's wijken (Hilversum, GM0402) as an import file, read from `src/data`. The build
 * compiles TypeScript only, so from `dist/libs/wijken/src` the file is found in the source tree
 * that `dist/` mirrors (four levels up is the project root); next to the code it is found directly
 * (tests, or a build that copies the assets).
 */
export async function readHilversumWijkenCsv(): Promise<string> {
  const candidates = [
    new URL(`./data/${DEMO_FILE}`, import.meta.url),
    new URL(`../../../../libs/wijken/src/data/${DEMO_FILE}`, import.meta.url),
  ].map((url) => fileURLToPath(url));
  for (const path of candidates) {
    if (await access(path).then(() => true, () => false)) return readFile(path, 'utf8');
  }
  throw new Error(`The demo wijken file ${DEMO_FILE} was not found (looked in ${candidates.join(', ')})`);
}
