/** Emitted after an import changed the wijken reference data (not when nothing changed). */
export const WIJKEN_IMPORTED = 'wijken.imported';

export class WijkenImportedEvent {
  constructor(
    /** Wijk codes in the file (whose wijk, buurten or postcodes may have changed). */
    readonly wijkCodes: string[],
    readonly imported: number,
    readonly updated: number,
  ) {}
}
