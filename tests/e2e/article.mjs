// A made-up news article for the paste-page tests (written for this
// project: names, places and figures are invented). Curly quotes, an em
// dash, a NBSP and an emoji are there on purpose.
export const ARTICLE = `Ferry operator cuts winter crossings as fuel costs climb

KESTREL ISLAND — The island’s only ferry operator will cut its winter timetable from 14 crossings a day to nine, starting in November, the company said on Friday.

“We are losing about $38,000 a week on the late sailings,” said Joanna Pike, chief executive of Kestrel Lines. She said fuel now makes up 41% of the company’s running costs, up from 27% three years ago.

Islanders reacted angrily. More than 600 people signed a petition within two days — roughly one in five adults on the island. “My son has a hospital appointment every Tuesday 🚑 and the 7 a.m. boat is the only one that works,” said Aled Morgan, a fisherman.

Officials at the regional transport authority said a subsidy of up to $1.5 million was being considered. The authority’s chair, Simone Barre, told a meeting on Wednesday that a decision would come “within weeks, not months”.

The company carried 212,000 passengers last year, according to its annual report.`;
