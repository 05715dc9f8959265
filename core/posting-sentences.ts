// One reading of a section text's sentences, shared by every stage that judges them: where each
// sentence is, which stretches are Amazon's standard text (boilerplate.ts: never evidence, never a
// question's fact), which sentences are the company describing itself, pitches or company lines,
// or Amazon's culture (counted by the ranking, not quoted). The ranking, the story map and the questions to
// ask read the same texts: each is read once, and the last few readings are kept (compared by content).
import { boilerplateRanges, companyLineRanges, cultureLineRanges, selfDescriptionRanges, sentencePieces, sentenceSpans } from './boilerplate';

export type Span = readonly [number, number];

export class PostingSentences {
  /** [start, end) of each sentence or line, leading bullets and spaces excluded (sentenceSpans). */
  readonly spans: readonly Span[];
  private maskedRanges: readonly Span[] | null = null;
  private pieces: readonly Span[] | null = null;
  private selfRanges: readonly Span[] | null = null;
  private companyRanges: readonly Span[] | null = null;
  private cultureRanges: readonly Span[] | null = null;

  constructor(readonly text: string) {
    this.spans = sentenceSpans(text);
  }

  /** Standard text, standard blocks, sub-heads and recruiting marketing: ascending, merged (boilerplateRanges). */
  get masked(): readonly Span[] {
    return (this.maskedRanges ??= boilerplateRanges(this.text, this.spans));
  }

  /** Sentences (inline-bullet pieces) where the company, team or product describes itself. */
  get selfDescriptions(): readonly Span[] {
    return (this.selfRanges ??= selfDescriptionRanges(this.text, this.sentencePieces()));
  }

  /** Pitches and lines whose subject is the company, org or team. */
  get companyLines(): readonly Span[] {
    return (this.companyRanges ??= companyLineRanges(this.text, this.sentencePieces()));
  }

  /** Amazon's culture addressed to anyone there ("At AWS, you are encouraged to think big…"). */
  get cultureLines(): readonly Span[] {
    return (this.cultureRanges ??= cultureLineRanges(this.text, this.sentencePieces()));
  }

  private sentencePieces(): readonly Span[] {
    return (this.pieces ??= sentencePieces(this.text, this.spans));
  }
}

const KEPT = 8;
const kept: PostingSentences[] = [];

/** The reading of `text` (made on first use; the last KEPT texts' are kept). Its lists must not be changed. */
export function postingSentences(text: string): PostingSentences {
  for (const s of kept) if (s.text === text) return s;
  const s = new PostingSentences(text);
  if (kept.unshift(s) > KEPT) kept.pop();
  return s;
}
