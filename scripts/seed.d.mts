/** One sample answer of the demo board (scripts/seed.mjs). */
export interface SampleAnswer {
  interaction: string;
  verdict: 'yes' | 'no';
  comment: string | null;
  agent: string | null;
  channel: string | null;
  locale: string;
  createdAt: number;
  updatedAt: number;
  answeredAt: number;
}
export declare function query(sql: string, persistTo?: string): Record<string, unknown>[];
/** Seeds the demo board unless it exists; says what it did. */
export declare function seed(options?: { persistTo?: string; reset?: boolean }): string;
export declare function sampleAnswers(now?: number, count?: number): SampleAnswer[];
export declare function seedSql(options?: { now?: number; reset?: boolean; secret?: string }): string;
export declare const REASONS: { id: string; label: Record<string, string> }[];
export declare function sampleAsks(
  now?: number,
  answers?: SampleAnswer[],
): { interaction: string; askedAt: number; agent: string | null; channel: string | null }[];
