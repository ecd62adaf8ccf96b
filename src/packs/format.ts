// The rules-pack format, defined once with TypeBox. The TypeScript types (Static<...>), the published
// JSON Schema (rules/schema/rules-pack.schema.json, written by scripts/gen-schema.ts) and the
// validator (src/packs/validate.ts, TypeBox's interpreted checks: no eval, so it runs in MV3 pages)
// all come from the schemas here and in each rule type's module (src/engine/rule-types/).
// No Node or browser APIs.
import { FormatRegistry, Type, type Static, type TLiteral, type TObject, type TOptional, type TProperties, type TSchema } from '@sinclair/typebox';
import { compilePattern } from './pattern';
import { NOT_ANALYSED, regexRisk } from './regex-safety';

export const SCHEMA_VERSION = 1;

/** Pack and rule ids: lower-case words joined by single dots or hyphens ("patient.nhs-number"). */
export const ID_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
/** Text that is more than white space. */
export const NOT_BLANK = '\\S';
/** An https address, no spaces ("https://intranet.example.nhs.uk/social-media"). */
export const HTTPS_URL_PATTERN = /^https:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/;
/** An email address (optionally written mailto:) or an https address: nothing a link could run. */
export const CONTACT_PATTERN = /^(?:(?:mailto:)?[^\s@<>()"/:]+@[^\s@<>()"]+\.[^\s@<>()"]+|https:\/\/[^\s/?#@]+(?:[/?#]\S*)?)$/;

/** Categories every pack may use; a pack declares any others in "categories". */
export const BUILTIN_CATEGORIES = ['patient-details', 'rudeness', 'confidentiality'] as const;
export const SEVERITIES = ['info', 'warning', 'high'] as const;
export const KINDS = ['post', 'reply', 'comment', 'message'] as const;
export const AUDIENCES = ['public', 'group', 'private'] as const;
/** Languages a pack may give its words in, besides English (the words in the rule itself). */
export const LANGUAGES = ['cy'] as const;
export type Language = (typeof LANGUAGES)[number];
const LANGUAGE_NAMES: Record<Language, string> = { cy: 'Welsh' };

// --- what a regular expression or a listed word must be ------------------------------------------

/** Answers so far: the same patterns come back on every load (the built-in packs on each settings change). */
const regexAnswers = new Map<string, string | undefined>();

/** Why a pack's regular expression cannot be used, or undefined when it can. */
export function regexProblem(source: string): string | undefined {
  if (regexAnswers.has(source)) return regexAnswers.get(source);
  const compiled = compilePattern(source, { caseSensitive: false });
  const risk = compiled.error === undefined ? regexRisk(source) : null;
  const answer =
    compiled.error !== undefined
      ? `This regular expression does not compile: ${compiled.error.replace(/^Invalid regular expression: /, '')}.`
      : risk === NOT_ANALYSED
        ? risk
        : risk
          ? `This regular expression could be very slow on some text: ${risk}`
          : undefined;
  if (regexAnswers.size > 5000) regexAnswers.clear();
  if (risk !== NOT_ANALYSED) regexAnswers.set(source, answer);
  return answer;
}

/** Why an entry of a word list cannot be used, or undefined when it can. */
export function wordProblem(word: string): string | undefined {
  if (!/[\p{L}\p{N}]/u.test(word)) return `"${word}" has no letters or digits, so it would match almost anything.`;
  if (word.slice(0, -1).includes('*')) return `"${word}" has a "*" before its end; "*" is only allowed at the end of a word ("swear*").`;
  return undefined;
}

// JSON Schema "format"s: editors treat them as annotations; the validator checks them here.
FormatRegistry.Set('regex', (s) => regexProblem(s) === undefined);
FormatRegistry.Set('word', (s) => wordProblem(s) === undefined);

// --- building blocks -------------------------------------------------------------------------------

/** `title` names the id in messages: "Rule id", "Pack id". */
export const Id = (title: string, description: string) => Type.String({ pattern: ID_PATTERN.source, title, description });
export const Text = (description: string) => Type.String({ pattern: NOT_BLANK, description });
export const OneOf = <T extends string>(values: readonly T[], description: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    { description },
  ) as unknown as TSchema & { static: T };
export const Obj = <P extends TProperties>(title: string, properties: P, description?: string) =>
  Type.Object(properties, { additionalProperties: false, title, ...(description ? { description } : {}) });

export const Severity = OneOf(SEVERITIES, 'How much it matters: info, warning or high.');
export const Category = Id('Category', 'What kind of risk: patient-details, rudeness, confidentiality, or one the pack declares in "categories".');
export const Pattern = Type.String({ format: 'regex', description: 'A regular expression (case-insensitive), checked for slow matching.' });
export const Word = Type.String({ format: 'word', description: 'A word or phrase. A trailing * matches any ending ("swear*").' });
export const Words = (description: string) => Type.Array(Word, { minItems: 1, description });
export const Patterns = Type.Array(Pattern, { minItems: 1, description: 'regular expressions (case-insensitive) to look for' });
export const TextList = (description: string) => Type.Array(Text('An entry.'), { description });

const matcherFields = {
  words: Type.Optional(Words('words or phrases to look for; a trailing * matches any ending ("swear*")')),
  patterns: Type.Optional(Patterns),
};
/** Words or phrases to look for. */
export const Matcher = Obj('words or patterns', matcherFields);
export type Matcher = Static<typeof Matcher>;
/** Words that must (or must not) appear near a match for it to count. */
export const Nearby = (what: string, description: string) =>
  Obj(`"${what}"`, { ...matcherFields, window: Type.Optional(Type.Integer({ minimum: 1, description: 'How many words either side to look. Default 8.' })) }, description);
export type Nearby = Static<ReturnType<typeof Nearby>>;

export const Examples = Obj(
  '"examples"',
  {
    flag: Type.Array(Text('A text this rule must catch.'), { minItems: 1, description: 'at least one text this rule must catch' }),
    pass: Type.Array(Text('A text this rule must leave alone.'), { minItems: 1, description: 'at least one text this rule must leave alone' }),
  },
  'at least one "flag" example (text it must catch) and one "pass" example (text it must leave alone)',
);

export const Applies = Obj(
  '"applies"',
  {
    kinds: Type.Optional(Type.Array(OneOf(KINDS, 'post, reply, comment or message'), { minItems: 1, description: 'the kinds of draft to check (leave it out to check every kind)' })),
    audiences: Type.Optional(Type.Array(OneOf(AUDIENCES, 'public, group or private'), { minItems: 1, description: 'the audiences to check (leave it out to check every audience)' })),
    sites: Type.Optional(Type.Array(Text('A site id or hostname.'), { minItems: 1, description: 'the sites to check (leave it out to check every site)' })),
  },
  'Only check drafts going to these places. Default: everywhere.',
);

/**
 * A rule's (or an override's) words in other languages: { "cy": { "message": "...", ... } }. Each field
 * is optional; a field left out is shown in English. `keysAre` names the keys in problems
 * ("Unknown language code").
 */
export const Translations = <P extends TProperties>(fields: P, what: string) =>
  Type.Object(
    Object.fromEntries(
      LANGUAGES.map((lang) => [
        lang,
        Type.Optional(
          Type.Object(fields, {
            additionalProperties: false,
            minProperties: 1,
            title: `"${lang}"`,
            description: `${what} in ${LANGUAGE_NAMES[lang]}. A field left out is shown in English.`,
          }),
        ),
      ]),
    ) as { [L in Language]: TOptional<TObject<P>> },
    {
      additionalProperties: false,
      title: '"translations"',
      keysAre: 'language code',
      description: `${what} in other languages, by language code (${LANGUAGES.map((l) => `"${l}" for ${LANGUAGE_NAMES[l]}`).join(', ')}). Shown when the extension's language is that language.`,
    },
  );

/** The words of a rule that people see, as they may be given in another language. */
export const RULE_WORDS = {
  title: Type.Optional(Text('The short name.')),
  message: Type.Optional(Text('The message.')),
  why: Type.Optional(Text('Why it matters.')),
  suggestion: Type.Optional(Text('The suggestion (only when the rule has one in English).')),
};

/** The fields every rule has, whatever its type. */
export const RULE_BASE = {
  id: Id('Rule id', 'a unique id such as "patient.nhs-number"'),
  title: Type.Optional(Text('A short name for the rule, shown next to its switch in the options page ("NHS numbers").')),
  category: Category,
  severity: Severity,
  message: Text('the short, kind message shown when the rule matches'),
  why: Text('why it matters, naming the guidance it rests on'),
  suggestion: Type.Optional(Text('A safer way to say it.')),
  translations: Type.Optional(Translations(RULE_WORDS, "The rule's title, message, why and suggestion")),
  enabled: Type.Optional(Type.Boolean({ description: 'false switches the rule off.' })),
  applies: Type.Optional(Applies),
  near: Type.Optional(Nearby('near', 'A match counts only when one of these is nearby.')),
  unless: Type.Optional(Nearby('unless', 'A match does not count when one of these is nearby.')),
  examples: Examples,
};

/** The schema of a rule of one type: the common fields, `type` and the type's own fields. */
export type RuleSchema<T extends string, F extends TProperties> = TObject<typeof RULE_BASE & { type: TLiteral<T> } & F>;
export type RuleOf<T extends string, F extends TProperties> = Static<RuleSchema<T, F>>;

export function ruleSchema<T extends string, F extends TProperties>(type: T, fields: F, description: string, extra: Record<string, unknown> = {}): RuleSchema<T, F> {
  const { id, ...base } = RULE_BASE;
  return Type.Object({ id, type: Type.Literal(type, { description: `the kind of rule: "${type}"` }), ...base, ...fields }, {
    additionalProperties: false,
    title: `a "${type}" rule`,
    description,
    ...extra,
  }) as unknown as RuleSchema<T, F>;
}

// --- the pack ----------------------------------------------------------------------------------------

export const Override = Obj('an override', {
  enabled: Type.Optional(Type.Boolean({ description: 'false switches the rule off (unless it is locked).' })),
  severity: Type.Optional(Severity),
  message: Type.Optional(Text('A new message.')),
  why: Type.Optional(Text('A new reason.')),
  suggestion: Type.Optional(Text('A new suggestion.')),
  translations: Type.Optional(
    Translations({ message: RULE_WORDS.message, why: RULE_WORDS.why, suggestion: RULE_WORDS.suggestion }, "The new message, why and suggestion"),
  ),
});
/** A lock's words that people see, as they may be given in another language. */
export const LOCK_WORDS = { reason: Type.Optional(Text('The reason.')) };
export const LockedRule = Obj('a locked rule', {
  rule: Id('Rule id', 'the id of the rule to lock'),
  reason: Text('the reason shown to people who try to switch the rule off'),
  translations: Type.Optional(Translations(LOCK_WORDS, 'The reason')),
});
export const DenyTerm = Obj('a deny term', {
  term: Text('the text that must never be posted'),
  category: Type.Optional(Category),
  reason: Type.Optional(Text('Why, shown to the person.')),
});
/** A declared category's words that people see, as they may be given in another language. */
export const CATEGORY_WORDS = {
  name: Type.Optional(Text('The name.')),
  description: Type.Optional(Text('What it covers.')),
};
export const CategoryDeclaration = Obj('a category', {
  id: Id('Category id', 'the category id rules use, such as "research-data"'),
  name: Text('the name people see, such as "Research data"'),
  description: Type.Optional(Text('What this category covers.')),
  translations: Type.Optional(Translations(CATEGORY_WORDS, "The category's name and description")),
});

/** A pack whose rules are `rule` (a union of rule schemas to publish, or Unknown to check each rule apart). */
export function packSchema<R extends TSchema>(rule: R) {
  return Obj(
    'a rules pack',
    {
      $schema: Type.Optional(Type.String({ description: 'The schema, for editors.' })),
      schemaVersion: Type.Integer({ description: `the version of the pack format (${SCHEMA_VERSION})` }),
      id: Id('Pack id', 'a short id such as "nhs-trust.social-media"'),
      name: Text('the name people see'),
      version: Text('the version of this pack, such as "1.0.0"'),
      author: Text('who wrote or maintains the pack'),
      description: Type.Optional(Text('What the pack is for.')),
      contact: Type.Optional(
        Type.String({
          pattern: CONTACT_PATTERN.source,
          mustBe: 'an email address (like ig@trust.nhs.uk) or an https:// address; other kinds of link (javascript:, data:, http:) are not allowed',
          description: 'Who to ask about the checks or a warning that seems wrong: an email address or an https:// intranet page. Shown in the nudge and the options page.',
        }),
      ),
      policyUrl: Type.Optional(
        Type.String({ pattern: HTTPS_URL_PATTERN.source, mustBe: 'an https:// address; other kinds of link (javascript:, data:, http:) are not allowed', description: "The organisation's social media policy (an https:// address). Linked from the nudge, the options page and the first-run page." }),
      ),
      extends: Type.Optional(Type.Array(Id('Pack id', 'A pack id.'), { description: 'Ids of packs this one builds on; they load first.' })),
      categories: Type.Optional(
        Type.Array(CategoryDeclaration, { description: `Categories of this pack's rules beyond the built-in ones (${BUILTIN_CATEGORIES.join(', ')}).` }),
      ),
      overrides: Type.Optional(
        Type.Record(Type.String({ pattern: ID_PATTERN.source }), Override, {
          description: 'Changes to rules defined here or in a pack loaded before, by rule id.',
        }),
      ),
      locked: Type.Optional(Type.Array(LockedRule, { description: 'Rules a person cannot switch off, with the reason shown to them.' })),
      vocabularies: Type.Optional(
        Obj(
          '"vocabularies"',
          {
            allow: Type.Optional(TextList('Text that is fine to post and never triggers anything (a switchboard number).')),
            deny: Type.Optional(Type.Array(DenyTerm, { description: 'Text that is never fine to post (project code names).' })),
          },
          'Words that are always fine, or never fine, whatever the rules say.',
        ),
      ),
      rules: Type.Array(rule, { description: 'the list of rules (it may be empty)' }),
    },
    'A Think Before You Post rules pack: JSON data, no code.',
  );
}

/** The pack with its rules left unchecked: validate.ts checks each rule against its own type's schema. */
export const PackShell = packSchema(Type.Unknown());
export type Override = Static<typeof Override>;
export type LockedRule = Static<typeof LockedRule>;
/** Why a rule is locked, in English and maybe other languages: what a lock carries to the options page and the nudge. */
export type LockReason = Omit<LockedRule, 'rule'>;
export type DenyTerm = Static<typeof DenyTerm>;
export type CategoryDeclaration = Static<typeof CategoryDeclaration>;
export type Examples = Static<typeof Examples>;
export type Applies = Static<typeof Applies>;
/** A rule's words in one other language. */
export type RuleWords = { title?: string; message?: string; why?: string; suggestion?: string };
