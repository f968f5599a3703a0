/** Timex normalisation: weekday and month direction, durations, sets, occasions, quarters and chrono's false hits. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { annotateTimexes, type Timex } from "./timex-normalizer.js";

/** A Friday. */
const DCT = "2016-09-23";

function find(text: string, words: string): Timex | undefined {
  return annotateTimexes(text, DCT).find((t) => t.text === words);
}

test("weekdays are past by default and future when the sentence looks ahead", () => {
  assert.equal(find("The mayor resigned on Monday after a vote.", "Monday")?.value, "2016-09-19");
  assert.equal(find("The council will vote on Tuesday.", "Tuesday")?.value, "2016-09-27");
  assert.equal(find("Talks are scheduled to resume Wednesday.", "Wednesday")?.value, "2016-09-28");
  const morning = find("Crews arrived Monday morning.", "Monday morning");
  assert.deepEqual([morning?.type, morning?.value], ["DATE", "2016-09-19TMO"]);
  assert.equal(find("Rebels attacked Monday night.", "Monday night")?.value, "2016-09-19");
});

test("a past-tense verb keeps a weekday in the past; 'as soon as' points ahead", () => {
  assert.equal(
    find("Officials said they would appeal the ruling announced Wednesday.", "Wednesday")?.value,
    "2016-09-21",
  );
  assert.equal(find("The team could arrive as soon as Tuesday.", "Tuesday")?.value, "2016-09-27");
});

test("months: capitalised March and May after a cue, next month ahead, ranges split", () => {
  assert.equal(find("The chief resigned in March for health reasons.", "March")?.value, "2016-03");
  assert.equal(find("Shares fell from a peak in May.", "May")?.value, "2016-05");
  assert.equal(find("The report is published in October.", "October")?.value, "2016-10");
  const range = annotateTimexes("Shares were bought from Aug. 26 to Sept. 20 at $5.", DCT).map((t) => [
    t.text,
    t.value,
  ]);
  assert.deepEqual(range, [
    ["Aug. 26", "2016-08-26"],
    ["Sept. 20", "2016-09-20"],
  ]);
  assert.equal(find("Voters went to the polls in June, before the vote.", "June")?.end, 32);
});

test("'the year' is the document year, 'the year ended …' a one-year duration", () => {
  assert.equal(find("Sales for the full year rose.", "the full year")?.value, "2016");
  const ended = find("Revenue for the fiscal year ended March 31 rose.", "the fiscal year");
  assert.deepEqual([ended?.type, ended?.value], ["DURATION", "P1Y"]);
});

test("granularity follows the expression: weeks, months, years, decades, quarters", () => {
  assert.equal(find("Sales fell last week.", "last week")?.value, "2016-W37");
  assert.equal(find("Prices rose earlier this month.", "earlier this month")?.value, "2016-09");
  assert.equal(find("Turnout dropped last year.", "last year")?.value, "2015");
  assert.equal(find("The plant opened in 1998.", "1998")?.value, "1998");
  assert.equal(find("Rents doubled in the 1990s.", "the 1990s")?.value, "199");
  assert.equal(find("Rents doubled since early 1990s.", "early 1990s")?.value, "199X");
  assert.equal(find("Profit grew in the third quarter.", "the third quarter")?.value, "2016-Q3");
  assert.equal(find("The strike began in August.", "August")?.value, "2016-08");
});

test("durations get TimeML period values, vague ones an X", () => {
  const text = "It took three years, then two weeks, then 48 hours, then a month and several days.";
  const values = annotateTimexes(text, DCT).map((t) => [t.text, t.type, t.value]);
  assert.deepEqual(values, [
    ["three years", "DURATION", "P3Y"],
    ["two weeks", "DURATION", "P2W"],
    ["48 hours", "DURATION", "PT48H"],
    ["a month", "DURATION", "P1M"],
    ["several days", "DURATION", "PXD"],
  ]);
  assert.equal(find("Output doubled over the past five years.", "the past five years")?.value, "P5Y");
});

test("deictic references: now, recently, the future, today", () => {
  assert.equal(find("The bridge is now closed.", "now")?.value, "PRESENT_REF");
  assert.equal(find("The firm is currently hiring.", "currently")?.value, "PRESENT_REF");
  assert.equal(find("The rule was recently changed.", "recently")?.value, "PAST_REF");
  assert.equal(find("Nobody can predict the future.", "the future")?.value, "FUTURE_REF");
  assert.equal(find("The court ruled today.", "today")?.value, DCT);
});

test("sets: every week, annually, every Monday", () => {
  const every = find("The board meets every week.", "every week");
  assert.deepEqual([every?.type, every?.value], ["SET", "P1W"]);
  assert.equal(find("The report is published annually.", "annually")?.value, "P1Y");
  assert.equal(find("The market opens every Monday.", "every Monday")?.value, "XXXX-WXX-1");
});

test("chrono's false positives are dropped and prepositions stay out of spans", () => {
  const text = "Officials may march on the capital. Wait a sec. He came second. It paid 42 dollars.";
  assert.deepEqual(annotateTimexes(text, DCT), []);
  const on = annotateTimexes("Voters went to the polls on Sept. 12.", DCT);
  assert.deepEqual(on, [{ start: 28, end: 36, text: "Sept. 12", type: "DATE", value: "2016-09-12" }]);
});

test("occasions: the weekend, Thanksgiving, spelled-out years, soon", () => {
  assert.equal(find("Rioters looted shops over the weekend.", "the weekend")?.value, "2016-W37-WE");
  assert.equal(find("The talks will resume next weekend.", "next weekend")?.value, "2016-W38-WE");
  assert.equal(find("Turkeys sold out before Thanksgiving Day.", "Thanksgiving Day")?.value, "2015-11-26");
  assert.equal(find("The hospital opened in nineteen ninety-six.", "nineteen ninety-six")?.value, "1996");
  assert.equal(find("The bank will soon cut rates.", "soon")?.value, "FUTURE_REF");
  assert.equal(find("Call as soon as you can.", "soon"), undefined);
});
test("'recent weeks' is a vague duration, 'recent years' a past reference", () => {
  const weeks = find("Prices rose in recent weeks.", "recent weeks");
  assert.deepEqual([weeks?.type, weeks?.value], ["DURATION", "PXW"]);
  assert.equal(find("Prices rose in recent years.", "recent years")?.value, "PAST_REF");
});

test("the words after a weekday settle its direction", () => {
  assert.equal(find("Until Tuesday, the police had not named a suspect.", "Tuesday")?.value, "2016-09-20");
  assert.equal(
    find("The bakers had sold every loaf by Wednesday, the owner said.", "Wednesday")?.value,
    "2016-09-21",
  );
  assert.equal(find("A parade planned for Saturday was called off.", "Saturday")?.value, "2016-09-17");
  assert.equal(find("On Monday, the union plans to hold a rally.", "Monday")?.value, "2016-09-26");
  assert.equal(
    find("Fans were planning to march through the park on Sunday.", "Sunday")?.value,
    "2016-09-25",
  );
  assert.equal(
    find("The club issued a statement Thursday saying it will appeal.", "Thursday")?.value,
    "2016-09-22",
  );
});

test("a count and a half is written in the next smaller unit", () => {
  assert.equal(find("The flight took 5 1/2 hours.", "5 1/2 hours")?.value, "PT5H30M");
  assert.equal(find("He served 2 1/2 years in prison.", "2 1/2 years")?.value, "P2Y6M");
  assert.equal(find("The speech lasted a minute and a half.", "a minute and a half")?.value, "PT1M30S");
});

test("a yearless day is the coming one when a few months ahead, else the latest one", () => {
  assert.equal(find("The offer expires Nov. 21, the company said.", "Nov. 21")?.value, "2016-11-21");
  assert.equal(find("Police have sought him since the Feb. 3 attack.", "Feb. 3")?.value, "2016-02-03");
  assert.equal(find("The index hit a record set on Aug. 6 and fell.", "Aug. 6")?.value, "2016-08-06");
  assert.equal(find("Revenue for the year ended Dec. 31 rose.", "Dec. 31")?.value, "2015-12-31");
  // A day a week or two back stays there even when the sentence looks ahead.
  assert.equal(find("They will appeal the order to leave by Sept. 14.", "Sept. 14")?.value, "2016-09-14");
  assert.equal(find("In January, the board named a new chief.", "January")?.value, "2016-01");
  assert.equal(find("The board will meet in January.", "January")?.value, "2017-01");
});

test("'last May', 'this December' and 'next March' name a month by its modifier", () => {
  assert.equal(find("The two leaders signed the pact last May.", "last May")?.value, "2016-05");
  assert.equal(find("Loans were cut last December.", "last December")?.value, "2015-12");
  assert.equal(find("Elections are due this December.", "this December")?.value, "2016-12");
  assert.equal(find("The plant reopens next March.", "next March")?.value, "2017-03");
});

test("quarters of a named year and of last or this year", () => {
  assert.equal(find("Sales fell in the 2015 second quarter.", "the 2015 second quarter")?.value, "2015-Q2");
  assert.equal(find("Profit beat last year's third quarter.", "last year's third quarter")?.value, "2015-Q3");
  // Reported in September, a results story is about the second quarter.
  assert.equal(find("Profit beat the 2015 quarter.", "the 2015 quarter")?.value, "2015-Q2");
  assert.equal(
    annotateTimexes("in the 2015 second quarter", DCT).filter((t) => t.type === "DURATION").length,
    0,
  );
});

test("chrono's false parts: 'the night of' and a bare number read as an hour", () => {
  assert.deepEqual(
    annotateTimexes("He was shot on the night of Sept. 2 at home.", DCT).map((t) => [t.text, t.value]),
    [["Sept. 2", "2016-09-02"]],
  );
  assert.deepEqual(
    annotateTimexes("The notes mature Jan. 1, 2020 at 1 a share.", DCT).map((t) => [t.text, t.type]),
    [["Jan. 1, 2020", "DATE"]],
  );
  assert.deepEqual(
    annotateTimexes("The stock closed at 6.43, on Friday.", DCT).map((t) => [t.text, t.value]),
    [["Friday", "2016-09-23"]],
  );
  assert.equal(find("Polls will close at 9 p.m. Tuesday.", "9 p.m. Tuesday")?.value, "2016-09-27T21:00");
});

test("'this Monday' after a past verb is the Monday just past; reported speech does not look ahead", () => {
  assert.equal(find("The truce expired this Monday.", "this Monday")?.value, "2016-09-19");
  assert.equal(find("The vote this Monday will decide it.", "this Monday")?.value, "2016-09-26");
  assert.equal(
    find("He said in an interview aired on Thursday that the war will go on.", "Thursday")?.value,
    "2016-09-22",
  );
});
