/**
 * Geopolitical regions, seas and territories that are not countries but that news names as places.
 *
 * Sources: UN Statistics Division, Standard country or area codes for statistical use (M49),
 * geographic region names; AP Stylebook entries "Middle East", "West Bank", "Gaza Strip",
 * "Persian Gulf", "Britain", "Kashmir"; plus sub-national and disputed regions that recur in
 * international news. Countries (and Antarctica, Palestine, Kosovo, Hong Kong...) come from the
 * world-countries package; Antarctica is repeated here for its adjective.
 * `name` keeps the article news uses ("the West"); `aliases` are written without a leading "the".
 */

/** One region, territory or sub-national area that news treats as a place. */
export interface PlaceRegion {
  name: string;
  adjective?: string;
  aliases?: readonly string[];
}

/** Geopolitical regions and territories that are not countries (UN M49 regions plus regions frequent in news). */
export const PLACE_REGIONS: readonly PlaceRegion[] = [
  // Continents, blocs and world regions.
  { name: 'the West', adjective: 'Western' }, { name: 'the Global South' }, { name: 'the Americas' },
  { name: 'Europe', adjective: 'European' }, { name: 'Western Europe', adjective: 'Western European' },
  { name: 'Eastern Europe', adjective: 'Eastern European' }, { name: 'Central Europe', adjective: 'Central European' },
  { name: 'the eurozone', aliases: ['euro zone', 'euro area'] }, { name: 'Scandinavia', adjective: 'Scandinavian' },
  { name: 'the Nordics', adjective: 'Nordic' }, { name: 'the Baltics', adjective: 'Baltic', aliases: ['Baltic states'] },
  { name: 'the Balkans', adjective: 'Balkan' }, { name: 'the Caucasus', aliases: ['South Caucasus', 'North Caucasus'] },
  { name: 'Eurasia', adjective: 'Eurasian' }, { name: 'Asia', adjective: 'Asian' }, { name: 'East Asia', adjective: 'East Asian' },
  { name: 'Southeast Asia', adjective: 'Southeast Asian', aliases: ['South-East Asia', 'South East Asia'] },
  { name: 'South Asia', adjective: 'South Asian' }, { name: 'Central Asia', adjective: 'Central Asian' },
  { name: 'the Asia-Pacific', aliases: ['Asia Pacific'] }, { name: 'the Indo-Pacific' }, { name: 'the Far East' }, { name: 'the Near East' },
  { name: 'the Middle East', adjective: 'Middle Eastern', aliases: ['Mideast'] }, { name: 'the Levant', adjective: 'Levantine' },
  { name: 'the Gulf', adjective: 'Gulf', aliases: ['Persian Gulf', 'Arabian Gulf'] }, { name: 'the Arabian Peninsula' },
  { name: 'the Maghreb', adjective: 'Maghrebi' }, { name: 'Africa', adjective: 'African' }, { name: 'North Africa', adjective: 'North African' },
  { name: 'West Africa', adjective: 'West African' }, { name: 'East Africa', adjective: 'East African' }, { name: 'Southern Africa' },
  { name: 'sub-Saharan Africa', adjective: 'sub-Saharan' }, { name: 'the Horn of Africa' }, { name: 'the Sahel', adjective: 'Sahelian' },
  { name: 'the Sahara', adjective: 'Saharan' }, { name: 'North America', adjective: 'North American' },
  { name: 'Central America', adjective: 'Central American' }, { name: 'South America', adjective: 'South American' },
  { name: 'Latin America', adjective: 'Latin American' }, { name: 'the Caribbean', adjective: 'Caribbean' },
  { name: 'the Amazon', adjective: 'Amazonian' }, { name: 'Patagonia', adjective: 'Patagonian' }, { name: 'Oceania' },
  { name: 'the Arctic', adjective: 'Arctic' }, { name: 'Antarctica', adjective: 'Antarctic' }, { name: 'the Himalayas', adjective: 'Himalayan' },
  { name: 'the Korean Peninsula' },
  // Seas, oceans and straits.
  { name: 'the Pacific', adjective: 'Pacific' }, { name: 'the Atlantic', adjective: 'Atlantic' }, { name: 'the Indian Ocean' },
  { name: 'the Mediterranean', adjective: 'Mediterranean' }, { name: 'the Black Sea' }, { name: 'the Red Sea' }, { name: 'the Baltic Sea' },
  { name: 'the North Sea' }, { name: 'the South China Sea' }, { name: 'the East China Sea' }, { name: 'the Caspian Sea' },
  { name: 'the Strait of Hormuz' }, { name: 'the Taiwan Strait' }, { name: 'the English Channel' }, { name: 'the Suez Canal' },
  { name: 'the Panama Canal' },
  // Disputed and occupied territories, conflict regions.
  { name: 'Gaza', adjective: 'Gazan', aliases: ['Gaza Strip'] }, { name: 'the West Bank' }, { name: 'East Jerusalem' },
  { name: 'the Golan Heights', aliases: ['Golan'] }, { name: 'the Sinai', aliases: ['Sinai', 'Sinai Peninsula'] },
  { name: 'Kashmir', adjective: 'Kashmiri' }, { name: 'Crimea', adjective: 'Crimean' }, { name: 'Donbas', aliases: ['Donbass'] },
  { name: 'Donetsk' }, { name: 'Luhansk', aliases: ['Lugansk'] }, { name: 'Abkhazia', adjective: 'Abkhaz' }, { name: 'South Ossetia' },
  { name: 'Transnistria' }, { name: 'Nagorno-Karabakh', aliases: ['Karabakh'] }, { name: 'Chechnya', adjective: 'Chechen' },
  { name: 'Darfur', adjective: 'Darfuri' }, { name: 'Tigray', adjective: 'Tigrayan' }, { name: 'Kurdistan', adjective: 'Kurdish' },
  { name: 'Balochistan', adjective: 'Baloch', aliases: ['Baluchistan'] }, { name: 'Xinjiang' }, { name: 'Tibet', adjective: 'Tibetan' },
  { name: 'Siberia', adjective: 'Siberian' }, { name: 'Rakhine' }, { name: 'Idlib' },
  // Constituent countries and sub-national regions.
  { name: 'England', adjective: 'English' }, { name: 'Scotland', adjective: 'Scottish' }, { name: 'Wales', adjective: 'Welsh' },
  { name: 'Northern Ireland', adjective: 'Northern Irish' },
  { name: 'Catalonia', adjective: 'Catalan' }, { name: 'the Basque Country', adjective: 'Basque' }, { name: 'Flanders', adjective: 'Flemish' },
  { name: 'Wallonia', adjective: 'Walloon' }, { name: 'Bavaria', adjective: 'Bavarian' }, { name: 'Quebec', adjective: 'Quebecois' },
  { name: 'Punjab', adjective: 'Punjabi' }, { name: 'Bengal', adjective: 'Bengali' },
  { name: 'the Midwest', adjective: 'Midwestern' }, { name: 'New England' }, { name: 'Appalachia', adjective: 'Appalachian' },
  { name: 'the Rust Belt' }, { name: 'the Bay Area' }, { name: 'Silicon Valley' },
  // Former countries (ISO 3166-3), still named in news about their history and in archives.
  { name: 'Yugoslavia', adjective: 'Yugoslav' }, { name: 'the Soviet Union', adjective: 'Soviet', aliases: ['USSR', 'Soviet Union'] },
  { name: 'Czechoslovakia', adjective: 'Czechoslovak' }, { name: 'East Germany', adjective: 'East German' },
  { name: 'West Germany', adjective: 'West German' }, { name: 'Zaire', adjective: 'Zairean' }, { name: 'Serbia and Montenegro' },
];
