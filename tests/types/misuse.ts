// Misuses of the contract's types: tests/types/check.mjs requires the
// TypeScript compiler to reject this file, with an error on each line marked
// `// rejects:`.
import { analyze } from "../../www/pkg/factcheck.js";
import type { QualifierKind } from "../../www/pkg/factcheck.js";

const a = analyze("About 40 people came, the mayor said.");
const n = a.numbers[0];
console.log(n.qualifer); // rejects: misspelt field
const k: QualifierKind = "approximately"; // rejects: not a qualifier kind
const start: string = a.attributions[0].content.start; // rejects: a number, not a string
console.log(a.findings[0].verdict); // rejects: findings give no verdict, only a severity
analyze("x", { maxLength: 5 }); // rejects: the option is max_length
console.log(k, start);
