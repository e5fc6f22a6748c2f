/**
 * Messages for the site owner, in the browser console (in English: they are for the developer, not
 * the customer, who sees only whether the answer was saved). A refusal is logged with the API's own
 * code and message, which say what to fix ("add this exact origin to the board's allowed_origins").
 */
export const warn = (message: string) => console.warn('Pandameter: ' + message);

/** One warning per refused answer. */
export async function reportRefusal(interaction: string, response: Response) {
  let explanation = '';
  try {
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    explanation = `${error.code}: ${error.message}`;
  } catch {
    // not the API's JSON (a proxy, a wrong data-api): the status is all there is
  }
  warn(`the answer for "${interaction}" was not saved: ${response.status} ${explanation}`);
}
