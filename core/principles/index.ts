// The validated knowledge base. Parsing happens once, on first use; a malformed entry throws here, at
// load, and the KB completeness test catches it long before a user would.
import * as z from 'zod/mini';
import { CATALOG } from './catalog';
import { PRINCIPLE_IDS, Principle, type PrincipleId } from './principle';
import { compileSignal, signalAnchors, signalOpenings, signalSecondWords, signalSource } from './signal-pattern';

export { PRINCIPLE_IDS, PrincipleId, Principle, QUESTION_PLACEHOLDERS, Signal } from './principle';

const KnowledgeBase = z.array(Principle).check(
  z.refine(
    (list) => list.length === PRINCIPLE_IDS.length && PRINCIPLE_IDS.every((id) => list.some((p) => p.id === id)),
    'the knowledge base must hold each of the 16 principles exactly once',
  ),
);

export interface CompiledSignal {
  /** Position in allCompiledSignals(): principles in PRINCIPLE_IDS order, each one's signals in order. */
  readonly index: number;
  readonly phrase: string;
  readonly weight: number;
  readonly regex: RegExp;
  /** Lower-case substrings, one of which any match contains; empty when there is no cheap test. */
  readonly anchors: readonly string[];
  /** The same pattern, sticky ("y"): tried only at the word starts `openings` allow. */
  readonly sticky: RegExp;
  /** Lower-case openings every match starts with (see signalOpenings); null: scan the whole text. */
  readonly openings: readonly string[] | null;
  /** `openings` joined, a memo key. */
  readonly openingsKey: string;
  /** Lower-case openings the word after the first must start with (see signalSecondWords); null: no such test. */
  readonly secondWords: readonly string[] | null;
}

function compile(index: number, phrase: string, weight: number): CompiledSignal {
  const openings = signalOpenings(phrase);
  return {
    index,
    phrase,
    weight,
    regex: compileSignal(phrase),
    anchors: signalAnchors(phrase),
    sticky: new RegExp(signalSource(phrase), 'iy'),
    openings,
    openingsKey: openings?.join(' ') ?? '',
    secondWords: signalSecondWords(phrase),
  };
}

let loaded: {
  list: readonly Principle[];
  byId: Map<PrincipleId, Principle>;
  signals: Map<PrincipleId, CompiledSignal[]>;
  all: readonly CompiledSignal[];
} | null = null;

function load() {
  if (loaded) return loaded;
  const parsed = KnowledgeBase.safeParse(CATALOG);
  if (!parsed.success) throw new Error(`Leadership Principles knowledge base is invalid:\n${z.prettifyError(parsed.error)}`);
  const list = parsed.data;
  const byId = new Map(list.map((p) => [p.id, p] as const));
  const all: CompiledSignal[] = [];
  const signals = new Map(
    list.map((p) => [p.id, p.signals.map((s) => {
      const c = compile(all.length, s.phrase, s.weight);
      all.push(c);
      return c;
    })] as const),
  );
  loaded = { list, byId, signals, all };
  return loaded;
}

/** All 16 principles, in Amazon's published order. */
export function principles(): readonly Principle[] {
  return load().list;
}

export function principle(id: PrincipleId): Principle {
  const p = load().byId.get(id);
  if (!p) throw new Error(`unknown principle ${id}`);
  return p;
}

export function compiledSignals(id: PrincipleId): readonly CompiledSignal[] {
  return load().signals.get(id) ?? [];
}

/** Every principle's compiled signals in one list, each at its `index`. */
export function allCompiledSignals(): readonly CompiledSignal[] {
  return load().all;
}
