/**
 * The small words and marks that stand inside or at the end of a proper name.
 *
 * Sources: particles in personal and place names after The Chicago Manual of Style, "Particles"
 * under "Names of persons" (de, van, von, da, della …, lowercase inside a name), and the
 * transliteration of Arabic names in AP Stylebook "Arabic names" (al-, el-, bin, ibn, abu);
 * abbreviations that end a name after AP Stylebook "company names", "Inc.", "junior, senior"
 * and the corporate forms of the UK (plc), Malaysia (Bhd), Australia (Pty), Germany and Switzerland
 * (AG), France and Spain (SA) and the Netherlands (NV).
 */

/** Name particles that may stand inside a proper name ("Bank of England", "Ibn al-Khattab"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'y', '&']);

/** A lowercase particle joined to a capitalised name by a hyphen or apostrophe ("al-Assad", "d'Estaing"). */
export const NAME_PREFIX = /^(?:al|el|ad|as|ash|bin|ibn|abu|de|d['\u2019])[-'\u2019]\p{Lu}/u;

/** Abbreviations whose period belongs to the name they end ("Orbit Corp.", "Martin Luther King Jr."). */
export const NAME_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(['Corp', 'Inc', 'Co', 'Cos', 'Ltd', 'Bros', 'Jr', 'Sr', 'Plc', 'Bhd', 'Pty', 'AG', 'SA', 'NV']);
