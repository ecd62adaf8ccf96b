// tbyp: check drafts, scan a corpus, and validate or test rules packs.
import { readFileSync } from 'node:fs';
import { parseArgs as parse } from 'node:util';
import { check, compilePack, labelsOf, loadNlp, type Context, type Finding, type Nlp } from '../engine';
import { loadPackSources, type LoadedPacks } from './load-packs';
import { loadRegexSafety } from '../packs/regex-safety';
import { formatFinding, formatPackProblem, printable } from './format';
import { runPackTests } from './pack-tests';

export const EXIT = { ok: 0, found: 1, usage: 2, input: 3 } as const;

const HELP = `tbyp: Think Before You Post, from the command line

Usage:
  tbyp check [TEXT]                 Check a draft (or read it from stdin) and explain what could be risky.
  tbyp scan --jsonl FILE            Check every {"id","text"} line of FILE; print {"id","labels","findings"} lines.
  tbyp validate PACK...             Check rules packs (files or folders) and list every problem with its place,
                                    and say which rules and categories have no Welsh (translations.cy).
  tbyp test PACK...                 Run every rule's flag/pass examples; one line per failure.

Options:
  --pack P        Add a rules pack (file or folder) after the built-in NHS packs. Repeatable.
  --no-builtin    Use only the packs given with --pack.
  --site S        Where the draft is going (x, facebook, linkedin, ...).
  --kind K        post, reply, comment or message.
  --json          Machine-readable output (check).
  -h, --help      Show this help.

Exit codes:
  0  nothing found / every pack valid / every example passed
  1  findings, pack problems or failing examples
  2  usage error (unknown command or option)
  3  input could not be read (missing file, bad JSON, invalid pack)
`;

interface Args {
  command?: string;
  positional: string[];
  packs: string[];
  builtin: boolean;
  json: boolean;
  jsonl?: string;
  context: Context;
  help: boolean;
}

class UsageError extends Error {}

const KINDS = ['post', 'reply', 'comment', 'message'] as const;

function parseArgs(argv: string[]): Args {
  let parsed;
  try {
    parsed = parse({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        json: { type: 'boolean' },
        'no-builtin': { type: 'boolean' },
        pack: { type: 'string', multiple: true },
        jsonl: { type: 'string' },
        site: { type: 'string' },
        kind: { type: 'string' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify .*$/s, '').replace(/^Unknown option '(.*)'$/, 'unknown option $1'));
  }
  const { values, positionals } = parsed;
  const kind = values.kind;
  if (kind !== undefined && !(KINDS as readonly string[]).includes(kind)) throw new UsageError(`--kind must be post, reply, comment or message, not “${kind}”`);
  const [command, ...positional] = positionals;
  return {
    ...(command !== undefined ? { command } : {}),
    positional,
    packs: values.pack ?? [],
    builtin: !values['no-builtin'],
    json: values.json === true,
    ...(values.jsonl !== undefined ? { jsonl: values.jsonl } : {}),
    context: { ...(values.site !== undefined ? { site: values.site } : {}), ...(kind !== undefined ? { kind: kind as Context['kind'] } : {}) },
    help: values.help === true,
  };
}

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

function printProblems(loaded: LoadedPacks): void {
  for (const p of loaded.problems) console.error(formatPackProblem(p));
}

async function engineFor(args: Args): Promise<{ run: (text: string) => Finding[] } | undefined> {
  const loaded = loadPackSources(args.packs, args.builtin);
  if (loaded.problems.length) {
    printProblems(loaded);
    return undefined;
  }
  const pack = compilePack(loaded.resolved);
  const nlp: Nlp = await loadNlp();
  return { run: (text) => check(text, args.context, pack, { nlp }) };
}

async function cmdCheck(args: Args): Promise<number> {
  const text = args.positional.length ? args.positional.join(' ') : readStdin();
  if (!text.trim()) throw new UsageError('give the draft as an argument or on stdin');
  const engine = await engineFor(args);
  if (!engine) return EXIT.input;
  const findings = engine.run(text);
  if (args.json) console.log(JSON.stringify({ labels: labelsOf(findings), findings }, null, 2));
  else if (findings.length === 0) console.log('Nothing to flag. Thanks for thinking before you post.');
  else for (const f of findings) console.log(formatFinding(text, f, process.stdout.isTTY === true) + '\n');
  return findings.length ? EXIT.found : EXIT.ok;
}

async function cmdScan(args: Args): Promise<number> {
  if (!args.jsonl) throw new UsageError('scan needs --jsonl FILE');
  let lines: string[];
  try {
    lines = readFileSync(args.jsonl, 'utf8').split('\n');
  } catch (e) {
    console.error(`${args.jsonl}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? e})`);
    return EXIT.input;
  }
  const engine = await engineFor(args);
  if (!engine) return EXIT.input;
  let bad = 0;
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let record: { id?: unknown; text?: unknown; site?: unknown };
    try {
      record = JSON.parse(line);
    } catch {
      console.error(`${args.jsonl}:${i + 1}: not valid JSON`);
      bad++;
      return;
    }
    if (typeof record.text !== 'string') {
      console.error(`${args.jsonl}:${i + 1}: "text" must be a string`);
      bad++;
      return;
    }
    const findings = engine.run(record.text);
    console.log(JSON.stringify({ id: record.id, labels: labelsOf(findings), findings }));
  });
  return bad ? EXIT.input : EXIT.ok;
}

function cmdValidate(args: Args): number {
  if (!args.positional.length) throw new UsageError('validate needs at least one pack file or folder');
  // Built-in packs are loaded underneath, so a trust pack may extend, override and lock their rules.
  const loaded = loadPackSources(args.positional, args.builtin);
  printProblems(loaded);
  if (loaded.problems.length === 0) {
    console.log(printable(`${loaded.files.length} pack(s) valid: ${loaded.files.join(', ')}`));
    for (const line of welshLines(loaded)) console.log(printable(line));
  }
  return loaded.problems.length ? EXIT.found : EXIT.ok;
}

/**
 * How much of each pack is in Welsh ("translations": { "cy": ... }): rules and declared categories
 * without it are shown in English to Welsh readers.
 */
function welshLines(loaded: ReturnType<typeof loadPackSources>): string[] {
  const some = (ids: string[]) => ids.slice(0, 5).join(', ') + (ids.length > 5 ? `, and ${ids.length - 5} more` : '');
  return loaded.packs
    .filter((p) => loaded.files.includes(p.file))
    .flatMap(({ file, pack }) => {
      const lines: string[] = [];
      if (pack.rules.length > 0) {
        const without = pack.rules.filter((r) => !r.translations?.cy?.message).map((r) => r.id);
        const head = `${file}: ${pack.rules.length - without.length} of ${pack.rules.length} rule(s) have a Welsh message (translations.cy)`;
        lines.push(without.length ? `${head}; Welsh readers see these in English: ${some(without)}.` : `${head}.`);
      }
      const unnamed = (pack.categories ?? []).filter((c) => !c.translations?.cy?.name).map((c) => c.id);
      if (unnamed.length) lines.push(`${file}: Welsh readers see these categories' names in English (no translations.cy.name): ${some(unnamed)}.`);
      return lines;
    });
}

async function cmdTest(args: Args): Promise<number> {
  if (!args.positional.length) throw new UsageError('test needs at least one pack file or folder');
  const loaded = loadPackSources(args.positional, args.builtin);
  if (loaded.problems.length) {
    printProblems(loaded);
    return EXIT.found;
  }
  const nlp = await loadNlp();
  const result = runPackTests(loaded, nlp);
  for (const failure of result.failures) console.log(printable(failure));
  console.log(`${result.passed} passed, ${result.failures.length} failed`);
  return result.failures.length ? EXIT.found : EXIT.ok;
}

export async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
    if (args.help || !args.command) {
      console.log(HELP);
      return args.help ? EXIT.ok : EXIT.usage;
    }
    const commands: Record<string, (args: Args) => number | Promise<number>> = { check: cmdCheck, scan: cmdScan, validate: cmdValidate, test: cmdTest };
    const command = Object.hasOwn(commands, args.command) ? commands[args.command] : undefined;
    if (!command) throw new UsageError(`unknown command “${args.command}”`);
    // Every command reads packs, and every pattern the CLI validates is analysed for slow matching.
    await loadRegexSafety();
    return await command(args);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`tbyp: ${e.message}. Try tbyp --help.`);
      return EXIT.usage;
    }
    throw e;
  }
}
