/**
 * Interaction tokens (SPEC.md § Interaction tokens):
 *   token = EXP "." BASE64URL(HMAC-SHA256(secret, BOARD "\n" INTERACTION "\n" EXP))
 */
import { b64url, fromB64url, hmacKey, utf8 } from './crypto';
import { ApiError } from './errors';

/**
 * How far ahead an EXP may lie (SPEC: at most 400 days). A token is a credential that cannot be
 * revoked one by one, so it may not live for centuries; 400 days leaves room over the admin API's
 * one-year maximum for a backend's own minting and its clock.
 */
export const MAX_EXP_AHEAD_S = 400 * 86_400;

/** EXP in its one canonical spelling (no sign, no leading zero), then the 43-character signature. */
const TOKEN_RE = /^([1-9][0-9]{0,11})\.([A-Za-z0-9_-]{43})$/;

const message = (board: string, interaction: string, exp: number) => utf8.encode(`${board}\n${interaction}\n${exp}`);

export async function mintToken(secret: string, board: string, interaction: string, exp: number): Promise<string> {
  const key = await hmacKey(secret, 'sign');
  const sig = await crypto.subtle.sign('HMAC', key, message(board, interaction, exp));
  return `${exp}.${b64url(sig)}`;
}

export interface SigningSecrets {
  secret: string;
  prevSecret: string | null;
  prevSecretUntil: number | null;
}

/**
 * Throws the contract's 401 unless `token` was minted for exactly this board and interaction with
 * the board's secret (or the previous one, during its 24-hour grace) and has not expired.
 * `crypto.subtle.verify` compares the signature in constant time.
 */
export async function verifyToken(
  secrets: SigningSecrets,
  board: string,
  interaction: string,
  token: string | undefined,
  nowMs: number,
): Promise<void> {
  if (token === undefined || token === '')
    throw new ApiError(
      'token_required',
      'This board needs a token for each interaction: mint one on your server for this board and interaction.',
      { field: 'token' },
    );
  const m = TOKEN_RE.exec(token);
  const sig = m ? fromB64url(m[2]!) : null;
  const exp = m ? Number(m[1]) : 0;
  // Only the canonical spelling: unused low bits in the last character must not give a second valid
  // token, and an expiry beyond the limit is not one this API would ever have minted.
  if (!m || !sig || b64url(sig) !== m[2] || exp * 1000 > nowMs + MAX_EXP_AHEAD_S * 1000) throw tokenInvalid();
  const candidates = [secrets.secret];
  if (secrets.prevSecret && (secrets.prevSecretUntil ?? 0) > nowMs) candidates.push(secrets.prevSecret);
  let ok = false;
  for (const secret of candidates) {
    const key = await hmacKey(secret, 'verify');
    if (await crypto.subtle.verify('HMAC', key, sig, message(board, interaction, exp))) ok = true;
  }
  if (!ok) throw tokenInvalid();
  if (exp * 1000 <= nowMs)
    throw new ApiError('token_expired', 'The token has expired: mint a new one (a customer asks the support team).', {
      field: 'token',
    });
}

/** The messages say what to fix: the widget logs them for the site owner as they are. */
const tokenInvalid = () =>
  new ApiError(
    'token_invalid',
    'The token is not valid for this interaction: mint it for exactly this board and interaction, with the current secret.',
    { field: 'token' },
  );
