/** Turns tagged source, cue and content spans into attributions: each cue with its content and its source. */
import type { Span } from "../model/document.js";

export type Role = "SRC" | "CUE" | "CON";

export interface RoleSpan extends Span {
  readonly role: Role;
  readonly sentence: number;
}

export interface DecodedAttribution {
  /** The content's pieces in order: a quote running over several sentences has one piece a sentence. */
  readonly content: readonly Span[];
  readonly cue: Span | null;
  readonly source: Span | null;
  readonly sentence: number;
}

/** Spans of one sentence from its IOB2 labels and token offsets. */
export function roleSpans(labels: readonly string[], tokens: readonly Span[], sentence: number): RoleSpan[] {
  const spans: RoleSpan[] = [];
  labels.forEach((label, i) => {
    const token = tokens[i] as Span;
    if (label === "O") return;
    const role = label.slice(2) as Role;
    const last = spans[spans.length - 1];
    // I-X continues only the span of the token just before it; after an O it starts a new one.
    const continues = (labels[i - 1] ?? "O").slice(2) === role && labels[i - 1] !== "O";
    if (label.startsWith("I-") && last && last.role === role && continues) {
      spans[spans.length - 1] = { ...last, end: token.end };
    } else spans.push({ role, start: token.start, end: token.end, sentence });
  });
  return spans;
}

const gap = (a: Span, b: Span) =>
  a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;

/**
 * Each cue takes the nearest content and the nearest source of its sentence. Content with no cue in its
 * sentence continues the previous attribution when that one ended in the sentence just before, in the same
 * paragraph (a quote over several sentences); otherwise it stands alone, with the sentence's source if any.
 */
export function decodeAttributions(
  spans: readonly RoleSpan[],
  sameParagraph: (a: number, b: number) => boolean = () => true,
): DecodedAttribution[] {
  const bySentence = new Map<number, RoleSpan[]>();
  for (const s of spans) bySentence.set(s.sentence, [...(bySentence.get(s.sentence) ?? []), s]);
  const out: DecodedAttribution[] = [];
  for (const [sentence, own] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    const contents = own.filter((s) => s.role === "CON");
    const cues = own.filter((s) => s.role === "CUE");
    const sources = own.filter((s) => s.role === "SRC");
    const usedContent = new Set<RoleSpan>();
    for (const cue of cues) {
      const content = nearest(
        cue,
        contents.filter((c) => !usedContent.has(c)),
      );
      if (!content) continue;
      usedContent.add(content);
      out.push({ content: [content], cue, source: nearest(cue, sources), sentence });
    }
    for (const content of contents.filter((c) => !usedContent.has(c))) {
      const previous = out[out.length - 1];
      const next = previous !== undefined && previous.sentence === sentence - 1;
      if (cues.length === 0 && previous && next && sameParagraph(previous.sentence, sentence)) {
        out[out.length - 1] = { ...previous, content: [...previous.content, content], sentence };
      } else out.push({ content: [content], cue: null, source: nearest(content, sources), sentence });
    }
  }
  return out;
}

function nearest<T extends Span>(from: Span, candidates: readonly T[]): T | null {
  let best: T | null = null;
  for (const c of candidates) if (!best || gap(from, c) < gap(from, best)) best = c;
  return best;
}
