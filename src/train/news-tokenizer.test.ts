/** Tests for the CoNLL-style news tokenizer and the capital-title stripper. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { stripCapitalTitle, tokenizeNews } from "./news-tokenizer.js";

test("tokenizeNews splits punctuation and clitics like CoNLL-2003", () => {
  assert.deepEqual(tokenizeNews("Germany's U.S.-backed bid didn't fail, Mr. Smith said (Reuters)."), [
    "Germany",
    "'s",
    "U.S.",
    "-",
    "backed",
    "bid",
    "did",
    "n't",
    "fail",
    ",",
    "Mr.",
    "Smith",
    "said",
    "(",
    "Reuters",
    ")",
    ".",
  ]);
});

test("tokenizeNews keeps numbers, hyphenated words, currencies and names whole", () => {
  assert.deepEqual(tokenizeNews("O'Brien's one-day rally: 1,750 C$ 5.93 mln on 1996-08-28..."), [
    "O'Brien",
    "'s",
    "one-day",
    "rally",
    ":",
    "1,750",
    "C$",
    "5.93",
    "mln",
    "on",
    "1996-08-28",
    "...",
  ]);
  assert.deepEqual(tokenizeNews("\u201cIt\u2019s\u201d 'ok'"), ['"', "It", "'s", '"', "'", "ok", "'"]);
});

test("stripCapitalTitle drops only the leading all-capitals pieces", () => {
  assert.equal(stripCapitalTitle("U.S. TRADE GAP WIDENS. The U.S. gap grew."), "The U.S. gap grew.");
  assert.equal(stripCapitalTitle("BAHIA COCOA REVIEW"), "");
  assert.equal(stripCapitalTitle("Fears for T N pension. Unions say."), "Fears for T N pension. Unions say.");
});
