/** Renders a report's cleaned text as escaped HTML with cited spans wrapped in properly nested `<mark>`s. */
import type { AnchoredSpan } from "./evidence-anchors.js";
import { escapeHtml } from "./html-escape.js";

function openTag(span: AnchoredSpan, continuation: boolean): string {
  return continuation
    ? `<mark class="ev ev-cont" data-ev="${escapeHtml(span.id)}">`
    : `<mark class="ev" id="${escapeHtml(span.id)}">`;
}

/** Closes every open mark ending at `position`, reopening (as continuations) the ones above it that go on. */
function closeEnding(stack: AnchoredSpan[], position: number): string {
  const lowest = stack.findIndex((span) => span.end <= position);
  if (lowest === -1) return "";
  const popped = stack.splice(lowest);
  let out = "</mark>".repeat(popped.length);
  for (const span of popped) {
    if (span.end <= position) continue;
    stack.push(span);
    out += openTag(span, true);
  }
  return out;
}

/** The sorted positions where some span starts or ends, plus both ends of the text. */
function boundaries(length: number, spans: readonly AnchoredSpan[]): number[] {
  const points = new Set<number>([0, length]);
  for (const span of spans) {
    points.add(span.start);
    points.add(span.end);
  }
  return [...points].sort((a, b) => a - b);
}

/**
 * Escapes `text` and wraps each span in `<mark>`. Spans that merely overlap (neither contains
 * the other) are split: the first piece carries the span's `id`, later pieces carry `data-ev`.
 * The output is always well-formed; out-of-range or empty spans are ignored.
 */
export function highlightText(text: string, spans: readonly AnchoredSpan[]): string {
  const seen = new Set<string>();
  const valid = spans.filter((span) => {
    const ok = span.start >= 0 && span.end <= text.length && span.start < span.end && !seen.has(span.id);
    seen.add(span.id);
    return ok;
  });
  const startsAt = new Map<number, AnchoredSpan[]>();
  for (const span of valid) startsAt.set(span.start, [...(startsAt.get(span.start) ?? []), span]);
  const points = boundaries(text.length, valid);
  const stack: AnchoredSpan[] = [];
  let out = "";
  points.forEach((position, index) => {
    out += closeEnding(stack, position);
    const opening = [...(startsAt.get(position) ?? [])].sort((a, b) => b.end - a.end);
    for (const span of opening) {
      stack.push(span);
      out += openTag(span, false);
    }
    const next = points[index + 1];
    if (next !== undefined) out += escapeHtml(text.slice(position, next));
  });
  return out + "</mark>".repeat(stack.length);
}
