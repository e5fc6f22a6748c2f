export declare const RECOUNT_SQL: string[];
export declare function recountStatements(board: string, today: number): { sql: string; args: unknown[] }[];
export declare function recountScript(board: string, today: number): string;
export declare const LOOP_SQL: string[];
