/**
 * Words that say nothing about what a project is, whatever a document-frequency table says: English
 * function words, and the verbs, adjectives and nouns of README and marketing prose ("help you build
 * amazing things", "leave more room", "get started"). A tag description's word here is no evidence.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  // Function words.
  (
    'a about above after again against all almost along already also although always am among an and another ' +
    'any anyone anything anywhere are around as at away be because been before behind being below between both ' +
    'but by can cannot could did do does doing done down during each either else enough etc even ever every ' +
    'everyone everything everywhere far few for from further had has have having he her here hers him his how ' +
    'however i if in inside instead into is it its itself just least less let like likely many may me might ' +
    'mine more most much must my near nearly neither never no nor not nothing now of off often on once one ' +
    'only onto or other others otherwise our ours out over own per perhaps quite rather really same several ' +
    'she should since so some someone something sometimes somewhat still such than that the their theirs them ' +
    'then there these they this those though through thus to together too toward towards under unless until ' +
    'up upon us very via was we well were what whatever when where whether which while who whole whom whose ' +
    'why will with within without would yet you your yours yourself ' +
    // Verbs of README and marketing prose.
    'add allow allows ask bring build builds building came come comes create creates dive does doing enable ' +
    'enables end ends find get gets getting give gives go goes going got help helps keep keeps know leave let ' +
    'lets look looking make makes making need needs offer offers provide provides put see seem set sets ' +
    'start started storing take takes try trying turn want wants way ways work works working ' +
    // ...and of curated lists' section intros ("Libraries that implement…", "related to handling…").
    'assist assists ease eases ensure ensures facilitate facilitates handle handles handling implement ' +
    'implements implementing related relating support supports ' +
    // ...and of their catch-all sections ("Miscellaneous: libs that fit none of the other categories").
    'categories categorised categorized category fit lib libs misc miscellaneous none seemed uncategorized ' +
    // Adjectives and adverbs of the same.
    'amazing awesome best better big easy easily fast faster free fun good great high huge infinite ' +
    'interesting large little long low modern new nice old popular powerful quick quickly real renowned simple ' +
    'simply small super useful various whole wide widely ' +
    // Nouns of the same.
    'collection collections functionality functionalities guide guides headache headaches idea ideas kind kinds ' +
    'list lists lot lots number ' +
    'part people project projects resource resources software stuff thing things time times tip tips trick ' +
    'tricks tool tools tutorial tutorials use user users way world year years ' +
    // README furniture.
    'documentation docs example examples feature features github http https install license open opensource ' +
    'source version www com org'
  ).split(' ')
)
