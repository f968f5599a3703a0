/** Notices a page shows instead of its article: what a fetch of an archived or script-built page returns. */
import type { BoilerplateRule } from "./boilerplate-rules.js";

/** Names only a web archive's own pages use. */
const ARCHIVE_NAME = /\b(wayback machine|internet archive|archive-it|alexa internet|heritrix|warc)\b/i;
/** Words of a crawl's description. */
const CRAWL_WORD =
  /\b(crawl data|crawls|crawler|this crawl|seed ?list|web captures|robots\.txt|outlinks|(currently )?not (currently )?(publicly )?(accessible|available)( to the (general )?public)?)\b/i;
/** "Crawl" and its nouns; "crawled" and "crawling" are news verbs (traffic, a toddler), so they are not here. */
const CRAWL_TERM = /\b(crawl|crawls|crawlers?)\b/i;
/**
 * What only an archive's description of one of its crawls says beside that word, with no archive named: its
 * seeds, depth, the links it followed ("This crawl was run at a level 1 (URLs including their embeds…)").
 */
const CRAWL_DETAIL =
  /\b(seed ?list|seeds? for (this|the) crawl|outlinks|outbound links|embeds|inter-?domain|duplicate detection|performed by IA|run at a level \d)\b/i;
/** A line of a crawl's figures ("Crawl start date: …"), or of the link ranking its seeds came from. */
const CRAWL_FIGURES =
  /^(crawl (start|end) date|number of (captures|unique urls|hosts)):|\bURLs\b.*\binter-?domain link/i;
/** A paragraph that reports what someone said is news about the thing, not the thing's own notice. */
const ATTRIBUTED = /\b(said|says|told|according to)\b/i;

const notice = (reason: string, maxWords: number, test: (p: string) => boolean): BoilerplateRule => ({
  reason,
  placeholder: true,
  test: (p, words) => words <= maxWords && !ATTRIBUTED.test(p) && test(p),
});

export const PLACEHOLDER_NOTICES: readonly BoilerplateRule[] = [
  // An archive's name with a crawl's words: "…donating their crawl data to the Internet Archive".
  notice(
    "web archive notice",
    120,
    (p) =>
      (ARCHIVE_NAME.test(p) && CRAWL_WORD.test(p)) ||
      (CRAWL_TERM.test(p) && CRAWL_DETAIL.test(p)) ||
      CRAWL_FIGURES.test(p),
  ),
  notice("script wall", 30, (p) =>
    /^(please )?(enable|turn on) javascript\b|^(javascript|js) is (disabled|required|not enabled|turned off)\b|^you need to enable javascript\b|^(this )?(media|video|content|page) requires javascript\b/i.test(
      p,
    ),
  ),
  notice("video player message", 30, (p) =>
    /\b(rating is available when the video has been rented|this (feature|video) is not available right now|interactive transcript could not be loaded)\b/i.test(
      p,
    ),
  ),
  notice(
    "social embed notice",
    60,
    (p) =>
      /^(tweet with|add) a location\b/i.test(p) ||
      /\btweets?\b.*\byour (tweet )?location (information|history)\b|\blocation information to your tweets\b/i.test(
        p,
      ),
  ),
  notice("error page", 40, (p) =>
    /^(sorry, )?(the page you (requested|are looking for) (could not|cannot|can't) be found|page not found|404\b)|\bthe page url may have changed\b|\bplease contact (our|the) webmaster\b/i.test(
      p,
    ),
  ),
];
