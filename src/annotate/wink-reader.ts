/** wink-nlp, made to read each report as if it were the first: its tokens must not depend on earlier reports. */
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

/**
 * wink-nlp remembers every word it has not seen in its model, and splits a word differently once it remembers
 * it: "Trump's" is two tokens in a fresh instance and one after a text that ended a sentence with it. So the
 * same report was tokenised (and tagged) differently depending on what was read before it in the process, and a
 * stored report's annotations differed from a batch run's. The remembered words live in the model's feature
 * tables (a list and a hash each); dropping them from the hashes makes the next report miss them as a fresh
 * instance would. The lists keep growing (wink indexes its own tables by position), so after this many
 * remembered entries the instance is made anew (about 0.1 s).
 */
const MAX_REMEMBERED = 300_000;

interface FeatureTable {
  readonly list: string[];
  readonly hash: Record<string, number>;
}

export type WinkNlp = ReturnType<typeof winkNLP>;

/** The wink-nlp instance to read one report with: the same words known as in a fresh instance. */
export function winkForReport(): WinkNlp {
  if (!current || remembered() > MAX_REMEMBERED) current = made();
  else forget(current);
  return current.nlp;
}

interface Instance {
  readonly nlp: WinkNlp;
  readonly tables: FeatureTable[];
  /** Each table's length when the instance was made, and up to where its hash has been cleared since. */
  readonly model: number[];
  readonly cleared: number[];
}

let current: Instance | null = null;

function made(): Instance {
  const tables: FeatureTable[] = [];
  // wink reads its tables from `core()` once, when the instance is made: keep a hand on the ones it grows.
  const core = () => {
    const c = (model as unknown as { core(): { features: Record<string, Partial<FeatureTable>> } }).core();
    for (const f of Object.values(c.features))
      if (Array.isArray(f.list) && f.hash && typeof f.hash === "object") tables.push(f as FeatureTable);
    return c;
  };
  const nlp = winkNLP({ ...model, core } as typeof model, ["sbd", "pos"]);
  const lengths = tables.map((t) => t.list.length);
  return { nlp, tables, model: lengths, cleared: [...lengths] };
}

function forget(instance: Instance): void {
  instance.tables.forEach((t, k) => {
    for (let i = instance.cleared[k] as number; i < t.list.length; i++) delete t.hash[t.list[i] as string];
    instance.cleared[k] = t.list.length;
  });
}

function remembered(): number {
  if (!current) return 0;
  const { tables, model: base } = current;
  return tables.reduce((n, t, k) => n + t.list.length - (base[k] as number), 0);
}
