// A made-up example article for the "Load an example" button (written for
// this project; every name, place and figure in it is invented).
export const EXAMPLE = `Harbour city votes to expand flood barrier after record tides

PORT ELLIS — The city council approved a $48 million expansion of the Westgate flood barrier on Tuesday, after tides reached their highest level in 37 years last winter.

“We cannot keep asking families to bail out their kitchens every February,” said Mayor Dana Okafor, who proposed the plan in March. She said the barrier would protect about 12,000 homes in the low-lying east districts.

The vote was 9 to 4. Councillor Peter Lindqvist, who voted against, said the cost had nearly doubled since the first estimate of $25 million. “This is a good idea with a bad budget,” he told reporters outside the chamber.

According to the city’s engineering office, the existing wall was built in 1986 and is up to 1.2 metres too low for current storm surges. Officials said work could begin as early as next spring and would take roughly three years.

Some residents remain unconvinced. “I have heard promises like this for 20 years,” said Maria Santos, 64, who runs a bakery on Canal Street. Experts say sea levels in the region have risen by more than 15 centimetres since 1990.

The council will publish the full contract next month. Sign up for our newsletter to get updates on the barrier project.`;
