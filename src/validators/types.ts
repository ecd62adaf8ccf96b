// What a validator says about one regex match. Pure data: no DOM, no dependencies.

export interface ValidatorResult {
  valid: boolean;
  /** 0..1 extra confidence hint, e.g. lower for a test-range NHS number */
  confidence?: number;
  /** short human reason when invalid or notable, e.g. 'fails the mod-11 check' */
  note?: string;
}

/** Confirms (or rejects) the raw text a pattern rule matched. */
export type Validator = (match: string) => ValidatorResult;
