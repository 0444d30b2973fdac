// Fails when a translation is missing or stale: re-extracts the messages from
// src/ and checks that locales/*.xlf already said exactly that, with a
// <target> for every message. Leaves the files as they were.
//
// Our own because lit-localize has no check mode: this runs its extract over
// the files, compares, and puts them back.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const files = readdirSync('locales')
  .filter((f) => f.endsWith('.xlf'))
  .map((f) => `locales/${f}`);
const before = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
execFileSync('npx', ['lit-localize', 'extract'], { stdio: 'ignore' });

let problems = 0;
for (const [file, text] of before) {
  const extracted = readFileSync(file, 'utf8');
  const units = [...extracted.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  const untranslated = units.filter(([, , body]) => !body.includes('<target>')).map(([, id]) => id);
  if (untranslated.length) {
    problems++;
    console.error(`${file}: no translation for ${untranslated.join(', ')}`);
  }
  if (extracted !== text) {
    problems++;
    console.error(
      `${file}: out of step with src/ (run \`npx lit-localize extract\` and translate)`,
    );
  }
  writeFileSync(file, text);
  console.log(
    `${file}: ${units.length} messages, ${units.length - untranslated.length} translated`,
  );
}
process.exit(problems ? 1 : 0);
