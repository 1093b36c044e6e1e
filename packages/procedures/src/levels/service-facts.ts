/** How the result of a procedure is handed to the applicant. */
export type ResultReturn = 'online' | 'post' | 'in-person';

/**
 * Facts about how a procedure is delivered, from which its Decree 43/2011 level and its Decree 42/2022
 * class are derived ({@link levelFromFacts}, {@link classifyService}).
 */
export interface ServiceFacts {
  /** Forms and dossier can be filled in and submitted online. */
  readonly onlineSubmission: boolean;
  /** Forms can be downloaded (level 2 of Decree 43/2011); irrelevant once submission is online. */
  readonly formsDownloadable?: boolean;
  /** A fee or charge applies to the procedure. */
  readonly feeApplies: boolean;
  /** The fee can be paid online (ignored when no fee applies). */
  readonly onlinePayment: boolean;
  /** How the result is returned. */
  readonly resultReturn: ResultReturn;
  /** The applicant must come in person at some step other than receiving the result (e.g. to show originals). */
  readonly presenceRequired: boolean;
}
