#!/usr/bin/env node
// Writes target/npm/factcheck/: the npm package (`npm pack target/npm/factcheck`
// packs it; tests/package/check.mjs installs the tarball and uses it from Node
// and from an esbuild browser bundle). Needs www/pkg and www/dist (scripts/build
// makes both, then runs this).
//
//   factcheck.js  factcheck_bg.wasm  factcheck.d.ts   the wasm and its glue (--target web) and types
//   node.js                                            Node entry: loads the wasm at import
//   embed/                                             the CMS embed / paste page (www/dist)
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = path.join(root, 'www/pkg');
const out = path.join(root, 'target/npm/factcheck');
for (const f of ['www/pkg/factcheck.js', 'www/pkg/factcheck_bg.wasm', 'www/pkg/factcheck.d.ts', 'www/dist/factcheck.js']) {
  if (!existsSync(path.join(root, f))) {
    console.error(`package: ${f} is missing: run scripts/build`);
    process.exit(2);
  }
}
const version = readFileSync(path.join(root, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const f of ['factcheck.js', 'factcheck_bg.wasm', 'factcheck.d.ts']) copyFileSync(path.join(pkg, f), path.join(out, f));
cpSync(path.join(root, 'www/dist'), path.join(out, 'embed'), { recursive: true });

// Node has no fetch of file: URLs: load the wasm from disk at import, so
// `import { analyze } from 'factcheck'` works with no init call.
writeFileSync(
  path.join(out, 'node.js'),
  `// Node entry of factcheck: the wasm is loaded from disk at import time.
import { readFileSync } from 'node:fs';
import { initSync } from './factcheck.js';
initSync({ module: readFileSync(new URL('./factcheck_bg.wasm', import.meta.url)) });
export * from './factcheck.js';
export { default } from './factcheck.js';
`,
);

const manifest = {
  name: 'factcheck',
  version,
  description: 'Finds attributed claims and numbers in English news text and cross-checks them, in the browser (WebAssembly).',
  license: 'MIT',
  type: 'module',
  main: './node.js',
  module: './factcheck.js',
  types: './factcheck.d.ts',
  exports: {
    '.': { types: './factcheck.d.ts', node: './node.js', default: './factcheck.js' },
    './factcheck_bg.wasm': './factcheck_bg.wasm',
    './embed/*': './embed/*',
    './package.json': './package.json',
  },
  files: ['factcheck.js', 'factcheck_bg.wasm', 'factcheck.d.ts', 'node.js', 'embed/', 'README.md'],
  sideEffects: ['./node.js', './embed/*'],
  engines: { node: '>=20' },
};
writeFileSync(path.join(out, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
writeFileSync(
  path.join(out, 'README.md'),
  `# factcheck ${version}

Finds attributed claims and numbers in English news text and cross-checks
them, entirely in the reader's browser (WebAssembly). Offsets are UTF-16 code
units: \`text.slice(span.start, span.end) === span.text\`.

\`\`\`js
// Node 20+: the wasm loads at import.
import { analyze } from 'factcheck';
const a = analyze('“Costs rose 12%,” the minister said.');
console.log(a.numbers[0].value, a.attributions[0].cue?.text);

// Browser (bundler or plain ES modules): load the wasm once first.
import init, { analyze } from 'factcheck';
await init({ module_or_path: new URL('factcheck/factcheck_bg.wasm', import.meta.url) });
\`\`\`

Types: \`factcheck.d.ts\` (\`Analysis\`, \`NumberMention\`, \`Attribution\`, …).
The CMS embed (script tag or \`<fact-check>\` element) is in \`embed/\`: copy it to
your site's \`/factcheck/\`.
`,
);
console.log(`package: target/npm/factcheck written (factcheck ${version}; npm pack target/npm/factcheck)`);
