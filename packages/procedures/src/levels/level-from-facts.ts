import type { OnlineLevel } from '../model/online-level';
import type { ServiceFacts } from './service-facts';

/**
 * The Decree 43/2011/NĐ-CP Art. 3(4) level of a service: level 3 when forms are submitted online (fee and
 * result in person allowed); level 4 when, in addition, every step is online and the fee (if any) is paid
 * online — the result may still be returned online, by post **or in person**; level 2 when forms can only
 * be downloaded; level 1 otherwise (information published).
 *
 * @param facts - How the procedure is delivered.
 * @returns The online level.
 * @example
 * ```ts
 * levelFromFacts({ onlineSubmission: true, feeApplies: true, onlinePayment: true, resultReturn: 'in-person', presenceRequired: false }); // 4
 * levelFromFacts({ onlineSubmission: false, formsDownloadable: true, feeApplies: false, onlinePayment: false, resultReturn: 'in-person', presenceRequired: true }); // 2
 * ```
 */
export function levelFromFacts(facts: ServiceFacts): OnlineLevel {
  if (!facts.onlineSubmission) return facts.formsDownloadable === true ? 2 : 1;
  const paymentOk = !facts.feeApplies || facts.onlinePayment;
  return paymentOk && !facts.presenceRequired ? 4 : 3;
}
