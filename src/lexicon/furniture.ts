// Patterns of news furniture: the lines around an article's body that are not its text.
// Datelines are read in model/dateline.ts; bylines the "By NAME" form
// with an optional agency or role; sign-offs the Reuters and AP credit lines ("Reporting by …;
// Editing by …") and the web furniture of syndicated copy ("Read more", "Follow us on …").

/** A byline: "By Jane Smith", "By Jane Smith and Omar Diaz, Reuters", "By JANE SMITH". */
export const BYLINE = /^By[ \t]+(\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|and|&|de|van|von|al-\p{Lu}[\p{L}'’-]*|bin|da|di)){0,6})(?:,[ \t]*([^\n]{1,60}))?\.?$/u;

/** Words at most in a byline line. */
export const BYLINE_WORDS = 14;

/** Sign-off and web furniture at the end of an article. */
export const SIGN_OFF =
  /^[([]?(?:(?:additional )?reporting by|editing by|writing by|compiled by|reported by|read (?:the rest|more)(?: here| at)?|click here|sign up|subscribe to|follow (?:us|\p{Lu}[\p{L}]+) on|copyright|©|all rights reserved|this (?:story|article) (?:was|has been) (?:updated|corrected))\b/iu;

/**
 * Headings that close an article ("Conclusion", "The bottom line", "What's next?"), from the
 * section names of news and report style guides.
 */
export const CLOSING_HEADINGS = /^(?:in\s+)?(?:conclusions?|summary|in summary|final thoughts|the bottom line|bottom line|looking ahead|what(?:['\u2019]s| is) next\??|outlook)$/iu;

/**
 * Past tenses that give a lede away where a headline would report in the present and drop its
 * articles ("Mayor wins second term"; AP Stylebook, "headlines"): past reporting verbs, the past
 * of "be", "have" and "do", and the commonest irregular pasts ("Shares rose.").
 */
export const PAST_VERBS: ReadonlySet<string> = new Set([
  'said', 'told', 'reported', 'announced', 'added', 'stated', 'noted', 'wrote', 'was', 'were', 'had', 'did', 'rose', 'fell', 'won', 'lost',
  'took', 'made', 'came', 'went', 'gave', 'got', 'saw', 'began', 'became', 'left', 'met', 'held', 'ran', 'sent', 'spent', 'paid', 'sold',
  'struck', 'brought', 'bought', 'thought', 'found', 'kept',
]);

/** Present tense reporting, the headline's own ("De Blasio says the blast was deliberate."; AP Stylebook, "headlines"). */
export const PRESENT_REPORTING: ReadonlySet<string> = new Set(['says', 'say', 'warns', 'claims', 'tells', 'insists', 'admits', 'urges', 'vows']);
