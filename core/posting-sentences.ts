// One reading of a section text's sentences, shared by every stage that judges them: where each
// sentence is, which stretches are Amazon's standard text (boilerplate.ts: never evidence, never a
// question's fact), and whether the sentence around a stretch is the company describing itself, a
// pitch or company line, or Amazon's culture (counted by the ranking, not quoted). The ranking, the
// story map and the questions to ask read the same texts: each is read once, and the last few readings
// are kept (compared by content). A sentence is judged only when something asks about it: the ranking
// asks only where a signal matched.
import { boilerplateRanges, isSelfDescription, sentenceSpans, spanPieces } from './boilerplate';
import { isCompanyOrPitch, isCultureLine } from './sentence-subject';

export type Span = readonly [number, number];

/** How a sentence (an inline-bullet piece of one) is judged. */
export type SentenceTest = 'self-description' | 'company-line' | 'culture';

const TESTS: Record<SentenceTest, (sentence: string) => boolean> = {
  // The company, team or product describing itself (boilerplate.ts).
  'self-description': isSelfDescription,
  // A pitch, or a line whose subject is the company, org or team (sentence-subject.ts).
  'company-line': isCompanyOrPitch,
  // Amazon's culture addressed to anyone there ("At AWS, you are encouraged to think big…").
  culture: isCultureLine,
};

export class PostingSentences {
  /** [start, end) of each sentence or line, leading bullets and spaces excluded (sentenceSpans). */
  readonly spans: readonly Span[];
  private maskedRanges: readonly Span[] | null = null;
  /** Per sentence span, its inline-bullet pieces (spanPieces), made when first asked about. */
  private readonly pieces: (readonly Span[] | undefined)[] = [];
  /** Per test, per sentence span, per piece: 0 not judged yet, 1 holds, -1 does not. */
  private readonly judged = new Map<SentenceTest, (Int8Array | undefined)[]>();

  constructor(readonly text: string) {
    this.spans = sentenceSpans(text);
  }

  /** Standard text, standard blocks, sub-heads and recruiting marketing: ascending, merged (boilerplateRanges). */
  get masked(): readonly Span[] {
    return (this.maskedRanges ??= boilerplateRanges(this.text, this.spans));
  }

  /**
   * Does `test` hold for a sentence overlapping [start, end)? A paragraph of inline bullets is one
   * sentence span, and each of its pieces is judged alone (boilerplate.ts, spanPieces).
   */
  touches(test: SentenceTest, start: number, end: number): boolean {
    const { spans, text } = this;
    let verdicts = this.judged.get(test);
    if (!verdicts) this.judged.set(test, (verdicts = []));
    // The first span that ends after `start` (spans are ascending and do not overlap).
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]![1] <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < spans.length && spans[i]![0] < end; i++) {
      const pieces = (this.pieces[i] ??= spanPieces(text, spans[i]![0], spans[i]![1]));
      const known = (verdicts[i] ??= new Int8Array(pieces.length));
      for (let j = 0; j < pieces.length; j++) {
        const [ps, pe] = pieces[j]!;
        if (pe <= start || ps >= end) continue;
        if (known[j] === 0) known[j] = TESTS[test](text.slice(ps, pe)) ? 1 : -1;
        if (known[j] === 1) return true;
      }
    }
    return false;
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
