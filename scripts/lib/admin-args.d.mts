export interface OptionSpec {
  type: 'string' | 'boolean';
  value?: string;
  short?: string;
  choices?: string[];
  list?: boolean;
}
export const OPTIONS: Record<string, OptionSpec>;
