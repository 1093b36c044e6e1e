import type { LocalizedMessage } from '@egov/core';

/** What an indicator measures; scoring inputs are exact ratios keyed by these. */
export type ScoringInput =
  | 'publicity'
  | 'on-time'
  | 'procedures-online'
  | 'records-online'
  | 'online-payment'
  | 'records-digitised'
  | 'digitised-reused'
  | 'satisfaction';

/**
 * How an indicator turns a ratio into points: `threshold` earns full points at ratio ≥ X, else
 * `points × ratio / X`; `proportional` earns `points × ratio`.
 */
export type ScoringRule =
  | { readonly kind: 'threshold'; readonly thresholdPercent: number }
  | { readonly kind: 'proportional' };

/** How sure a value is: read in the official text, in secondary sources, or not confirmed at all. */
export type Confidence = 'official' | 'secondary' | 'unofficial-transcription' | 'unconfirmed';

/** One scored indicator. */
export interface ScoringIndicator {
  readonly id: string;
  readonly name: LocalizedMessage;
  readonly input: ScoringInput;
  readonly points: number;
  /** How sure the point value is. Only `official` may be presented as official. */
  readonly pointsConfidence: Confidence;
  readonly rule: ScoringRule;
  /** How sure the threshold or rule is. */
  readonly ruleConfidence: Confidence;
}

/** A group of indicators with its total points. */
export interface ScoringGroup {
  readonly id: string;
  readonly name: LocalizedMessage;
  readonly points: number;
  readonly pointsConfidence: Confidence;
  readonly indicators: readonly ScoringIndicator[];
}

/** A versioned scoring framework with its source. */
export interface ScoringFramework {
  readonly id: string;
  readonly version: string;
  readonly title: LocalizedMessage;
  readonly source: {
    readonly document: string;
    readonly issued: string;
    readonly note: string;
  };
  readonly groups: readonly ScoringGroup[];
}
