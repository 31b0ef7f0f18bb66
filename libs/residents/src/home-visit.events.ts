/**
 * Emitted after a home visit (with its on-behalf profile) has committed. The signals library
 * listens to close the signal that led to the visit; it is matched to the visitor's wijken so a
 * visit cannot close another wijk's signal.
 */
export const HOME_VISIT_RECORDED = 'residents.home-visit-recorded';

export class HomeVisitRecorded {
  constructor(
    readonly homeVisitId: string,
    /** The resident registered at the visit. */
    readonly residentId: string,
    readonly wijkCode: string,
    /** The signal the visit answered, if the visitor started from one. */
    readonly signalId: string | null,
    /** The social worker who did the visit. */
    readonly visitedBy: string,
    /** The wijken that social worker works for. */
    readonly visitorWijkCodes: readonly string[],
  ) {}
}
