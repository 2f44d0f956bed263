import {correspondingLine} from './outline';
import type {Outline} from './outline';

/** Why a sentence is worth a person's look first: a mistranslation there changes what a member does. */
export const RISKS = ['definition', 'procedure step', 'deadline', 'number', 'negation', 'only/must'] as const;
export type Risk = (typeof RISKS)[number];

/** An English sentence to compare first, and the line of the translation where it should be. */
export type RiskySentence = {englishLine: number; line: number; sentence: string; risks: Risk[]};

const PATTERNS: [Risk, RegExp][] = [
  ['definition', /\b(?:is|are) (?:a|an|the) \w+ (?:that|which|who|where)\b|\bmeans\b|\b(?:is|are) defined as\b|\brefers to\b|\bstands for\b/i],
  ['deadline', /\bdeadlines?\b|\b(?:by|before|after|within|no later than|until) (?:the )?(?:\d|[A-Z][a-z]+ \d|\w+ (?:days?|weeks?|months?))|\b\d+ (?:calendar |working )?(?:days?|weeks?|months?)\b|\d{4}-\d{2}-\d{2}/],
  ['number', /\d/],
  ['negation', /\b(?:not|never|no|none|nor|cannot|without)\b|n't\b/i],
  ['only/must', /\b(?:only|must|shall|required|requires?)\b/i],
];

/** Sentences of a passage: split after . ! ? followed by a space and a capital or a digit. */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/u).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);

/**
 * The English sentences a reviewer reads first, against the translation:
 * definitions, procedure steps (numbered list items), deadlines, numbers,
 * negations, and "only"/"must". Not a gate: a list to look at.
 */
export function riskySentences(source: Outline, translated: Outline): RiskySentence[] {
  const steps = new Set(source.steps);
  // Passage by passage where the translation has as many (the usual case), else block by block.
  const same = source.passages.length === translated.passages.length;
  return source.passages.flatMap((passage, index) =>
    sentences(passage.value).flatMap((sentence) => {
      const risks: Risk[] = PATTERNS.filter(([, pattern]) => pattern.test(sentence)).map(([risk]) => risk);
      if (steps.has(passage.line)) risks.unshift('procedure step');
      return risks.length === 0 ? [] : [{englishLine: passage.line, line: (same ? translated.passages[index]?.line : undefined) ?? correspondingLine(source, translated, passage.line), sentence, risks}];
    }),
  );
}
