/** Words for a report's publication date or the bounds on it, as the Markdown and HTML reports print them. */
import type { Published } from "../model/report-schema.js";

/** "2016-09-23", or "unknown, after 2016-11-15, before 2016-12-15" when only bounds are known. */
export function publishedWords({ date, after, before }: Published): string {
  if (date) return date;
  return ["unknown", ...(after ? [`after ${after}`] : []), ...(before ? [`before ${before}`] : [])].join(
    ", ",
  );
}
