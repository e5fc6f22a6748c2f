// From a command line to one command of the table (scripts/admin.mjs): the help text, finding the
// command (with a guess for a typo), checking what it takes, and running it.
import { DEFAULT_PORT } from '../local-demo.mjs';
import { CliError, GLOBAL, checkChoices, closest, parse, usage } from './admin-args.mjs';
import { makeClient, workerUrl } from './admin-http.mjs';

const synopsis = (c) => [c.name, ...(c.args ?? []), c.usage].filter(Boolean).join(' ');

function helpLines(commands) {
  return commands.map((c) => {
    const s = synopsis(c);
    return s.length <= 44 ? `  ${s.padEnd(46)}${c.summary}` : `  ${s}\n  ${''.padEnd(46)}${c.summary}`;
  });
}

function help(commands) {
  const sections = [...new Set(commands.map((c) => c.section))];
  return `Pandameter admin CLI — talks to the worker's admin API.

Usage: npm run admin -- <command> [options]
${sections.map((s) => `\n${s}\n${helpLines(commands.filter((c) => c.section === s)).join('\n')}`).join('\n')}

Options
  --url URL    the worker (default: PANDAMETER_URL, else http://localhost:$PORT, else the demo \`npm start\`
               runs from this folder, else http://localhost:${DEFAULT_PORT})
  --json       print the API's JSON as it is
  -h, --help   this help; with a command, that command's usage

The admin token comes from PANDAMETER_ADMIN_TOKEN, else from ADMIN_TOKEN in .dev.vars (made by npm start).

Examples
  npm run admin -- boards create acme --name "Acme Support" --origins https://help.acme.com
  npm run admin -- keys create acme --scopes read
  npm run admin -- token acme T-1234
  npm run admin -- stats demo --interval week --group-by agent
  npm run admin -- webhooks create demo http://127.0.0.1:8899/ --events answer.unsatisfied,comment.added
  npm run admin -- connectors create acme zendesk --secret 'the signing secret Zendesk shows'`;
}

/** Groups are the first words of two-word commands: `boards`, `keys`, `secret`. */
const groupOf = (commands, word) => commands.filter((c) => c.name.startsWith(`${word} `));

const groupHelp = (commands, group) => `The ${group} commands:\n${helpLines(groupOf(commands, group)).join('\n')}`;

function findCommand(commands, positionals) {
  const [first = '', second = ''] = positionals;
  const group = groupOf(commands, first);
  if (group.length > 0) {
    const command = group.find((c) => c.name === `${first} ${second}`);
    if (command) return { command, args: positionals.slice(2) };
    if (second === '') return { group: first };
    const guess = closest(
      second,
      group.map((c) => c.name.split(' ')[1]),
    );
    throw usage(
      `Unknown command "${first} ${second}".${guess ? ` Did you mean "${first} ${guess}"?` : ''}`,
      groupHelp(commands, first),
    );
  }
  const command = commands.find((c) => c.name === first);
  if (command) return { command, args: positionals.slice(1) };
  const names = [...new Set(commands.map((c) => c.name.split(' ')[0]))];
  const guess = closest(first, names);
  throw usage(`Unknown command "${first}".${guess ? ` Did you mean "${guess}"?` : ''}`);
}

async function run(commands, argv) {
  const { values, positionals } = parse(argv);
  if (positionals.length === 0 || (positionals.length === 1 && positionals[0] === 'help')) {
    console.log(help(commands));
    return;
  }
  const found = findCommand(commands, positionals);
  if (found.group) {
    console.log(groupHelp(commands, found.group));
    return;
  }
  const { command, args } = found;
  const form = `npm run admin -- ${synopsis(command)}`;
  if (values.help) {
    console.log(`Usage: ${form}\n${command.summary}`);
    return;
  }
  const takes = new Set([...GLOBAL, ...(command.options ?? [])]);
  for (const given of Object.keys(values)) {
    if (!takes.has(given)) throw usage(`--${given} does not apply to ${command.name}.`, `Usage: ${form}`);
  }
  checkChoices(values);
  const arity = command.args?.length ?? 0;
  if (args.length !== arity) {
    throw usage(
      args.length < arity ? `Missing ${command.args.slice(args.length).join(' ')}.` : 'Too many arguments.',
      `Usage: ${form}`,
    );
  }
  const baseUrl = workerUrl(values);
  const out = (data, human) => (values.json ? console.log(JSON.stringify(data, null, 2)) : human(data));
  await command.run({ api: makeClient(baseUrl), args, values, out, baseUrl });
}

/**
 * Runs the command `argv` names from the table `commands`; a CliError becomes `admin: <message>` on
 * stderr and its exit status.
 */
export async function main(commands, argv) {
  try {
    await run(commands, argv);
  } catch (e) {
    if (e instanceof CliError) {
      console.error(`admin: ${e.message}`);
      process.exit(e.exitCode);
    }
    throw e;
  }
}
