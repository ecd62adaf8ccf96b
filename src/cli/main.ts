// tbyp: check drafts, scan a corpus, and validate or test rules packs.
import { readFileSync, statSync } from 'node:fs';
import { check, compilePack, labelsOf, loadNlp, type Context, type Finding, type Nlp } from '../engine';
import { loadPackSources, type LoadedPacks } from './load-packs';
import { formatFinding } from './format';
import { runPackTests } from './pack-tests';

export const EXIT = { ok: 0, found: 1, usage: 2, input: 3 } as const;

const HELP = `tbyp: Think Before You Post, from the command line

Usage:
  tbyp check [TEXT]                 Check a draft (or read it from stdin) and explain what could be risky.
  tbyp scan --jsonl FILE            Check every {"id","text"} line of FILE; print {"id","labels","findings"} lines.
  tbyp validate PACK...             Check rules packs (files or folders) and list every problem with its place.
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

function parseArgs(argv: string[]): Args {
  const args: Args = { positional: [], packs: [], builtin: true, json: false, context: {}, help: false };
  const value = (i: number, name: string) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') args.help = true;
    else if (a === '--json') args.json = true;
    else if (a === '--no-builtin') args.builtin = false;
    else if (a === '--pack') args.packs.push(value(i++, a));
    else if (a === '--jsonl') args.jsonl = value(i++, a);
    else if (a === '--site') args.context.site = value(i++, a);
    else if (a === '--kind') {
      const kind = value(i++, a);
      if (!['post', 'reply', 'comment', 'message'].includes(kind)) throw new UsageError(`--kind must be post, reply, comment or message, not “${kind}”`);
      args.context.kind = kind as Context['kind'];
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else if (!args.command) args.command = a;
    else args.positional.push(a);
  }
  return args;
}

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

function printProblems(loaded: LoadedPacks): void {
  for (const p of loaded.problems) {
    console.error(`${p.file}: ${p.path}${p.ruleId ? ` (rule ${p.ruleId})` : ''}: ${p.message}`);
  }
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
  if (loaded.problems.length === 0) console.log(`${loaded.files.length} pack(s) valid: ${loaded.files.join(', ')}`);
  return loaded.problems.length ? EXIT.found : EXIT.ok;
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
  for (const failure of result.failures) console.log(failure);
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
    switch (args.command) {
      case 'check':
        return await cmdCheck(args);
      case 'scan':
        return await cmdScan(args);
      case 'validate':
        return cmdValidate(args);
      case 'test':
        return await cmdTest(args);
      default:
        throw new UsageError(`unknown command “${args.command}”`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`tbyp: ${e.message}. Try tbyp --help.`);
      return EXIT.usage;
    }
    throw e;
  }
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
