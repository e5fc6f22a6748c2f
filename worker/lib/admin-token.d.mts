export const ADMIN_TOKEN_MIN_LENGTH: number;
