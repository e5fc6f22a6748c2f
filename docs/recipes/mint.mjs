// Node.js ≥ 16, no dependencies. Usage: PANDAMETER_SECRET=pms_… node mint.mjs <board> <interaction>
import { createHmac } from 'node:crypto';

export function mintToken(secret, board, interaction, ttlSeconds = 30 * 86400) {
  const exp = Math.floor(Date.now() / 1000) + ttlSeconds;
  const sig = createHmac('sha256', secret).update(`${board}\n${interaction}\n${exp}`).digest('base64url');
  return `${exp}.${sig}`;
}

const [board, interaction] = process.argv.slice(2);
console.log(mintToken(process.env.PANDAMETER_SECRET, board, interaction));
