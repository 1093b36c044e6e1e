import type { OnlineClass } from '../model/online-class';
import type { ServiceFacts } from './service-facts';

/**
 * Classifies a service under Decree 42/2022/NĐ-CP Art. 11. It is **full** (toàn trình) when the whole
 * procedure, from submission to result, is done online: submission online, no presence required, the
 * result returned online or by public post (Art. 11(1)(a)), and, where a fee applies, the fee paid online
 * (Circular 01/2023/TT-VPCP Art. 13). Any other service with online submission is **partial** (một phần,
 * Art. 11(1)(b)); without online submission it is not an online service (**none**).
 *
 * @param facts - How the procedure is delivered.
 * @returns The online class.
 * @example
 * ```ts
 * classifyService({ onlineSubmission: true, feeApplies: true, onlinePayment: true, resultReturn: 'post', presenceRequired: false }); // "full"
 * classifyService({ onlineSubmission: true, feeApplies: false, onlinePayment: false, resultReturn: 'in-person', presenceRequired: false }); // "partial"
 * ```
 */
export function classifyService(facts: ServiceFacts): OnlineClass {
  if (!facts.onlineSubmission) return 'none';
  const resultRemote = facts.resultReturn === 'online' || facts.resultReturn === 'post';
  const paymentOk = !facts.feeApplies || facts.onlinePayment;
  return resultRemote && paymentOk && !facts.presenceRequired ? 'full' : 'partial';
}
