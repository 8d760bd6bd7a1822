// Tests of the front end's pure functions (node --test; no browser). The browser tests in
// tests/web cover the pages end to end.
import assert from "node:assert/strict";
import { test } from "node:test";
import { locateSpans } from "../src/evidence.js";
import { weeklySeries } from "../src/timeline.js";

const TEXT = "On Wednesday, battles broke out in Yarmouk. As many as six people were killed.";

test("a span whose offsets match the text keeps them", () => {
  const start = TEXT.indexOf("Yarmouk");
  const spans = locateSpans(TEXT, { location: [{ start, end: start + 7, text: "Yarmouk", rule: "gazetteer" }] });
  assert.deepEqual(spans, [{ field: "location", start, end: start + 7, rule: "gazetteer", text: "Yarmouk" }]);
});

test("a span with stale offsets is found by its words", () => {
  const spans = locateSpans(TEXT, { fatalities: [{ start: 0, end: 11, text: "As many as six", rule: "count" }] });
  assert.equal(TEXT.slice(spans[0].start, spans[0].end), "As many as six");
});

test("a span whose words are not in the text is dropped", () => {
  assert.deepEqual(locateSpans(TEXT, { actor1: [{ start: 0, end: 4, text: "Hamas", rule: "actors" }] }), []);
});

test("weekly series fills empty weeks and sums event types", () => {
  const series = weeklySeries([
    { week: "2015-03-30", event_type: "Battles", events: 2, fatalities: 6 },
    { week: "2015-03-30", event_type: "Protests", events: 1, fatalities: 0 },
    { week: "2015-04-13", event_type: "Battles", events: 1, fatalities: 1 },
    { week: null, event_type: "Battles", events: 5, fatalities: 5 },
  ]);
  assert.deepEqual(series.map((w) => [w.week, w.events, w.fatalities]), [
    ["2015-03-30", 3, 6],
    ["2015-04-06", 0, 0],
    ["2015-04-13", 1, 1],
  ]);
  assert.deepEqual(series[0].types, { Battles: 2, Protests: 1 });
});
