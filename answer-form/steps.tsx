/**
 * The answer form's steps as Preact function components, rendered twice: live in the browser by
 * the widget (widget/src/widget.tsx), and to HTML on the server by the e-mail rating page
 * (worker/pages/rate.tsx), which has no JavaScript at all. Wording, order, labels and structure
 * are written here once. Where a click must do something, a component comes in two kinds:
 * `ChoiceButtons` answer on click (widget), `ChoiceRadios` are sent by a plain `<form>` (rating
 * page). What only JavaScript can do (the outbox, moving focus) stays in the widget. The widget's
 * bundle holds only what it uses: the server's kinds are left out by tree-shaking.
 */
import type { ComponentChildren } from 'preact';
import type { AnswerWords } from '../i18n/answer';
import { COMMENT_MAX, VERDICTS, type Verdict } from './rules';

interface Words {
  words: AnswerWords;
}

interface QuestionProps extends Words {
  /** the site's own wording of the question, if it has one */
  question?: string | undefined;
  /** a page of its own has the question as its heading; inside a host page it is a paragraph */
  heading?: boolean;
  /** the choice: `ChoiceButtons` or `ChoiceRadios` */
  children: ComponentChildren;
}

/** The question, then the choice. */
export function Question({ words, question, heading, children }: QuestionProps) {
  const Text = heading ? 'h1' : 'p';
  return (
    <>
      <Text id="q" class="title">
        {question || words.question}
      </Text>
      {children}
    </>
  );
}

interface Choice extends Words {
  /** the answer given so far, shown as chosen */
  verdict: Verdict | undefined;
}

/** A smiling (yes) or frowning (no) face, drawn in the text's colour; decoration, so hidden from screen readers. */
export const Face = ({ verdict }: { verdict: Verdict }) => (
  <svg
    viewBox="0 0 24 24"
    width="24"
    height="24"
    aria-hidden="true"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
  >
    <circle cx="12" cy="12" r="10" />
    <path d={`M9 9.5h0M15 9.5h0${verdict == 'yes' ? 'M8 14q4 4 8 0' : 'M8 16.5q4-4 8 0'}`} />
  </svg>
);

/** Yes and No as buttons that answer on click; the earlier answer is shown as pressed. */
export const ChoiceButtons = ({ words, verdict, onChoose }: Choice & { onChoose: (verdict: Verdict) => void }) => (
  <div role="group" aria-labelledby="q" class="choices">
    {VERDICTS.map((choice) => (
      <button type="button" class="choice" aria-pressed={verdict == choice} onClick={() => onChoose(choice)}>
        <Face verdict={choice} />
        {words[choice]}
      </button>
    ))}
  </div>
);

/** Yes and No as radio buttons of a form, the earlier (or the link's) answer checked. */
export const ChoiceRadios = ({ words, verdict }: Choice) => (
  <fieldset aria-labelledby="q" class="choices">
    {VERDICTS.map((choice) => (
      <label class="choice">
        <input type="radio" name="verdict" value={choice} checked={verdict == choice} required />
        <Face verdict={choice} />
        {words[choice]}
      </label>
    ))}
  </fieldset>
);

/** A reason the board offers after "No", its label in the reader's language. */
export interface ReasonChoice {
  id: string;
  label: string;
}

interface Reasons extends Words {
  reasons: ReasonChoice[];
  /** the ids chosen so far */
  picked: string[];
}

/** "What could we have done better?" — the heading of the reasons and the comment after "No". */
export const Better = ({ words }: Words) => (
  <p id="better" class="title">
    {words.better}
  </p>
);

/** The board's reasons as toggle buttons (widget): each press adds or removes one. */
export const ReasonToggles = ({ reasons, picked, onToggle }: Reasons & { onToggle: (id: string) => void }) => (
  <div role="group" aria-labelledby="better" class="reasons">
    {reasons.map(({ id, label }) => (
      <button type="button" class="reason" aria-pressed={picked.includes(id)} onClick={() => onToggle(id)}>
        {label}
      </button>
    ))}
  </div>
);

/** The board's reasons as checkboxes of a form (rating page): repeated `reasons` fields. */
export const ReasonChecks = ({ reasons, picked }: Reasons) => (
  <fieldset aria-labelledby="better" class="reasons">
    {reasons.map(({ id, label }) => (
      <label class="reason">
        <input type="checkbox" name="reasons" value={id} checked={picked.includes(id)} /> {label}
      </label>
    ))}
  </fieldset>
);

/**
 * "You added a happy panda to Acme Support's board." — the panda this answer drew, the board's name
 * a link to its scoreboard.
 */
export const Added = ({
  words,
  verdict,
  name,
  href,
}: Words & { verdict: Verdict; name: string; href: string | undefined }) => {
  const [before, after] = words[verdict == 'yes' ? 'addedYes' : 'addedNo'].split('{board}');
  // A new tab (opener-less, as browsers make _blank links): the customer's support page stays.
  return (
    <p class="added">
      {before}
      <a href={href} target="_blank">
        {name}
      </a>
      {after}
    </p>
  );
};

/** "Your answer: No" — so a customer always sees which answer counts. */
export const YourAnswer = ({ words, verdict }: Words & { verdict: Verdict }) => (
  <p class="answer">
    {words.yourAnswer} <strong class="verdict">{words[verdict]}</strong>
  </p>
);

/** "Thank you!" with the face of the answer, and the answer given. */
export const Thanks = ({ words, verdict, heading }: Words & { verdict: Verdict; heading?: boolean }) => {
  const Text = heading ? 'h1' : 'p';
  return (
    <>
      <Text class="title thanks">
        <Face verdict={verdict} />
        {words.thanks}
      </Text>
      <YourAnswer words={words} verdict={verdict} />
    </>
  );
};

/** The optional comment box with its label; `onInput` (live) gets the text at every keystroke. */
export const CommentField = ({
  words,
  comment,
  onInput,
}: Words & { comment: string; onInput?: (text: string) => void }) => (
  <>
    <label for="comment">{words.comment}</label>
    <textarea
      id="comment"
      name="comment"
      rows={3}
      maxlength={COMMENT_MAX}
      value={comment}
      onInput={onInput && ((event) => onInput(event.currentTarget.value))}
    />
  </>
);

/** The line that says what happened to the answer; a live region, so screen readers hear it. */
export const Status = ({ text, refused }: { text: string; refused?: boolean }) => (
  <p role="status" class={refused ? 'status refused' : 'status'}>
    {text}
  </p>
);
