/** An interned token corpus: every distinct token form gets an integer id; documents are id runs. */

/** Token forms, their counts, and the token stream with -1 between documents. */
export interface TokenCorpus {
  readonly forms: readonly string[];
  readonly counts: Int32Array;
  readonly stream: Int32Array;
  readonly tokenCount: number;
}

/** Accumulates documents (token arrays) into a {@link TokenCorpus}. */
export class TokenCorpusBuilder {
  private readonly ids = new Map<string, number>();
  private readonly forms: string[] = [];
  private counts: Int32Array = new Int32Array(1024);
  private stream: Int32Array = new Int32Array(1 << 16);
  private length = 0;
  private tokens = 0;

  /** Appends one document. */
  add(tokens: readonly string[]): void {
    if (tokens.length === 0) return;
    this.reserve(tokens.length + 1);
    for (const token of tokens) {
      let id = this.ids.get(token);
      if (id === undefined) {
        id = this.forms.length;
        this.ids.set(token, id);
        this.forms.push(token);
        if (id >= this.counts.length) this.counts = grow(this.counts, id + 1);
      }
      this.counts[id] = (this.counts[id] ?? 0) + 1;
      this.stream[this.length++] = id;
    }
    this.stream[this.length++] = -1;
    this.tokens += tokens.length;
  }

  /** The corpus built so far. */
  build(): TokenCorpus {
    return {
      forms: this.forms,
      counts: this.counts.slice(0, this.forms.length),
      stream: this.stream.slice(0, this.length),
      tokenCount: this.tokens,
    };
  }

  private reserve(extra: number): void {
    if (this.length + extra > this.stream.length) this.stream = grow(this.stream, this.length + extra);
  }
}

function grow(array: Int32Array, needed: number): Int32Array {
  let size = array.length;
  while (size < needed) size *= 2;
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

/** Builds a corpus from in-memory documents (used by tests and small inputs). */
export function corpusFromDocuments(documents: Iterable<readonly string[]>): TokenCorpus {
  const builder = new TokenCorpusBuilder();
  for (const document of documents) builder.add(document);
  return builder.build();
}
