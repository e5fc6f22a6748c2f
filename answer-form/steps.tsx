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
      <Text id="q">{question || words.question}</Text>
      {children}
    </>
  );
}

interface Choice extends Words {
  /** the answer given so far, shown as chosen */
  verdict: Verdict | undefined;
}

/** Yes and No as buttons that answer on click; the earlier answer is shown as pressed. */
export const ChoiceButtons = ({ words, verdict, onChoose }: Choice & { onChoose: (verdict: Verdict) => void }) => (
  <div role="group" aria-labelledby="q">
    {VERDICTS.map((choice) => (
      <button type="button" aria-pressed={verdict == choice} onClick={() => onChoose(choice)}>
        {words[choice]}
      </button>
    ))}
  </div>
);

/** Yes and No as radio buttons of a form, the earlier (or the link's) answer checked. */
export const ChoiceRadios = ({ words, verdict }: Choice) => (
  <fieldset aria-labelledby="q">
    {VERDICTS.map((choice) => (
      <label class="choice">
        <input type="radio" name="verdict" value={choice} checked={verdict == choice} required /> {words[choice]}
      </label>
    ))}
  </fieldset>
);

/** "Your answer: No" — so a customer always sees which answer counts. */
export const YourAnswer = ({ words, verdict }: Words & { verdict: Verdict }) => (
  <p class="answer">
    {words.yourAnswer} <strong class="verdict">{words[verdict]}</strong>
  </p>
);

/** "Thank you!" and the answer given. */
export const Thanks = ({ words, verdict, heading }: Words & { verdict: Verdict; heading?: boolean }) => {
  const Text = heading ? 'h1' : 'p';
  return (
    <>
      <Text>{words.thanks}</Text>
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
      rows={4}
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
