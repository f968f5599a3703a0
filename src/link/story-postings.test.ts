/** Story postings: candidates ranked by shared weight, absorbed and forgotten stories, the last 16 per term kept. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DecayedSum } from "./decayed-sum.js";
import { StoryPostings } from "./story-postings.js";
import { absorber, type StoryState } from "./story-state.js";

const story = (id: number): StoryState => ({
  id,
  sum: new DecayedSum(),
  firstDay: null,
  lastDay: null,
  lastSeq: 0,
  open: true,
  absorbedInto: null,
  forgotten: false,
});
const ids = (stories: readonly StoryState[]) => stories.map((s) => s.id);

describe("story postings", () => {
  it("ranks stories by the weight they share with a report, each counted once per term", () => {
    const [a, b] = [story(0), story(1)];
    const postings = new StoryPostings();
    postings.post(a, ["flood"]);
    postings.post(b, ["flood", "orvane"]);
    postings.post(a, ["flood"]);
    const vector = new Map([
      ["flood", 0.6],
      ["orvane", 0.8],
    ]);
    assert.deepEqual(ids(postings.candidates(vector, ["flood", "orvane"], 8)), [1, 0]);
    assert.deepEqual(ids(postings.candidates(vector, ["flood", "orvane"], 1)), [1]);
  });

  it("follows absorbed stories to their absorber and drops forgotten ones", () => {
    const [a, b, c] = [story(0), story(1), story(2)];
    const postings = new StoryPostings();
    postings.post(a, ["dam"]);
    postings.post(b, ["dam"]);
    postings.post(c, ["dam"]);
    a.absorbedInto = b;
    b.absorbedInto = c;
    const vector = new Map([["dam", 1]]);
    assert.deepEqual(ids(postings.candidates(vector, ["dam"], 8)), [2]);
    assert.equal(a.absorbedInto, c, "the chain walked points straight at its end");
    assert.equal(absorber(a), c);
    c.forgotten = true;
    postings.sweep();
    assert.deepEqual(postings.candidates(vector, ["dam"], 8), []);
  });

  it("keeps the 16 stories posted last under a term", () => {
    const postings = new StoryPostings();
    const stories = Array.from({ length: 20 }, (_, i) => story(i));
    for (const s of stories) postings.post(s, ["quarry"]);
    const found = postings.candidates(new Map([["quarry", 1]]), ["quarry"], 20);
    assert.deepEqual(
      ids(found),
      Array.from({ length: 16 }, (_, i) => i + 4),
    );
  });
});
