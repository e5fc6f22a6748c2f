/**
 * Entry of /team/app.js. The worker's shell gives the board (`#app[data-board]`), the language
 * (`data-lang`, with `<html lang dir>` already set) and that language's words (`#team-words`).
 */
import { render } from 'preact';
import { App } from './App';
import { makeWords, WordsContext } from './words';
import type { TeamWords } from '../../i18n/team';
import './style.css';

const root = document.getElementById('app')!;
// No words of its own: the shell always inlines them (and the script would be 1.5 KB larger).
const words = JSON.parse(document.getElementById('team-words')!.textContent!) as TeamWords;
root.textContent = '';
render(
  <WordsContext.Provider value={makeWords(root.dataset.lang || 'en', words)}>
    <App board={root.dataset.board!} />
  </WordsContext.Provider>,
  root,
);
