// `pnpm --filter @egov/bench bench:domain`: only the domain cases of issue 23 (a minute, not the whole bench).
import { domainCases } from './domain-cases';

domainCases((line) => {
  console.log(line);
}, {});
