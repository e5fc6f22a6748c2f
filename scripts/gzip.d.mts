export declare function gzip9(input: string | Buffer): number;
