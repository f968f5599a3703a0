/** The table of boilerplate paragraphs (ads, share bars, comment forms, ...) and why each is removed. */
import { PLACEHOLDER_NOTICES } from "./placeholder-notices.js";

export interface BoilerplateRule {
  readonly reason: string;
  readonly test: (paragraph: string, words: number) => boolean;
  /** A notice that stands in for a page's article (a script wall, an archive notice): see placeholder-page. */
  readonly placeholder?: boolean;
}

const whole = (re: RegExp) => (p: string) => re.test(p);

const SHARE_WORD =
  "share|tweet|e-?mail|print|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|copy link";

/** Order matters only for the reason reported: the first rule that matches names it. */
export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  {
    reason: "advertisement",
    test: whole(/^(advertisement|advertising|sponsored( content)?|promoted( content)?|ad)$/i),
  },
  {
    reason: "share bar",
    test: whole(new RegExp(`^((${SHARE_WORD}|share (this|on) \\w+( \\w+)?)[\\s|·•,/]*)+$`, "i")),
  },
  {
    reason: "comment form",
    test: (p) =>
      /^(leave a (reply|comment)|post a comment|add a comment|join the (discussion|conversation)|comments?|\d+ comments?|cancel reply|post comment)$/i.test(
        p,
      ) ||
      /your email address will not be published/i.test(p) ||
      /required fields are marked/i.test(p),
  },
  {
    reason: "newsletter box",
    test: (p, words) =>
      (words <= 25 && (/\bnewsletters?\b/i.test(p) || /^(subscribe|sign up)( now| today)?[.!]?$/i.test(p))) ||
      (words <= 40 && /^(sign up|subscribe) (for|to)\b.*\b(newsletters?|inbox)\b/i.test(p)),
  },
  {
    reason: "social follow box",
    test: (p, words) =>
      words <= 30 &&
      /^(join|follow|like|find) us on (facebook|twitter|instagram|linkedin|youtube)\b/i.test(p),
  },
  {
    reason: "photo credit",
    test: (p) =>
      /^(photo|image|picture|video|graphic)s?( by| credits?| courtesy( of)?)?\s*[:\-–]\s*\S.{0,60}$/i.test(
        p,
      ) ||
      /^[\w .'-]{0,40}\/\s*(getty images|afp|reuters|ap|epa|anadolu)(\s+photo)?$/i.test(p) ||
      /^(getty images|afp photo|reuters photo|ap photo)\b.{0,40}$/i.test(p),
  },
  {
    reason: "copyright line",
    test: (p, words) => words <= 30 && (/^(copyright|©|\(c\))/i.test(p) || /all rights reserved/i.test(p)),
  },
  {
    reason: "cookie notice",
    test: (p, words) =>
      words <= 60 && /\bcookies?\b/i.test(p) && /(accept|consent|we use|policy|continu)/i.test(p),
  },
  {
    reason: "page furniture",
    test: whole(
      /^(clear|close|menu|search|home|log ?in|sign in|register|next|previous|back to top|skip to (main )?content|toggle navigation|loading\W*|advertisement\W*|tags?:.*)$/i,
    ),
  },
  {
    reason: "related-stories list",
    test: whole(
      /^(related( articles| stories| content| news)?|read more|more on this( story)?|recommended( for you)?|most (read|popular)|you (may|might) also like|trending( now)?|see also)(\s*(\.\.\.|…))?(\s*[:|]\s*.{0,80})?$/i,
    ),
  },
  ...PLACEHOLDER_NOTICES,
];

/** The reason a paragraph is boilerplate, or null when it is not. */
export function boilerplateReason(paragraph: string): string | null {
  const words = paragraph.split(/\s+/).length;
  for (const rule of BOILERPLATE_RULES) if (rule.test(paragraph, words)) return rule.reason;
  return null;
}
