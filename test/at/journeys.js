// Journeys through the widget with real key presses (xdotool), read aloud by
// Orca: what it says after each key is compared with the journey's
// transcript, test/at/transcripts/<engine>/<journey>.txt. A change in what a
// blind reader hears then shows as a diff, to be reviewed like code.
//
// A transcript is readable as it stands:
//
//   # <journey's title>
//   page: nl-collapsed
//   > h
//   [nl] Waar de AIVD voor staat collapsed push button
//   [-] heading level 2.
//
// `> key` is a key pressed (xdotool's names); the lines under it are what
// Orca said then, each with the language it chose ([-] for its own words).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { titleOf } from './pages.js';
import { eventually, press } from './session.js';
import { nodes } from './trees.js';

const UPDATE = process.env.AT_UPDATE === '1';
/** The longest a key may take to be answered; a match ends the wait at once. */
const ANSWER_MS = 6000;
/**
 * MiniBrowser's window title under WebDriver ("[Automation] <page title>"),
 * read when a page loads, at a moment that varies: the browser's, not the page's.
 */
const BROWSER_WINDOW = /^\[-\] \[Automation\]/;
/** Silence after the expected speech that shows nothing more follows it. */
const SETTLE_MS = 500;

/**
 * Each journey: the page it opens and the keys pressed once Orca is quiet
 * after the load. `ctrl+Home` first puts Orca's reading position at the top.
 */
export const JOURNEYS = [
  {
    name: 'control',
    title: 'The control page: a plain disclosure button and status message, no widget',
    page: 'control',
    keys: ['ctrl+Home', 'Tab', 'space', 'space', 'Tab', 'space'],
  },
  {
    name: 'headings',
    title: 'Heading navigation (H) through the sections',
    page: 'nl-collapsed',
    keys: ['ctrl+Home', 'h', 'h', 'h', 'h'],
  },
  {
    name: 'expand-collapse',
    title: 'Tab to a section button, Enter and Space to open and close it',
    page: 'nl-collapsed',
    keys: ['ctrl+Home', 'Tab', 'Tab', 'Return', 'Return', 'space', 'space'],
  },
  {
    name: 'show-all',
    title: 'Show all, then hide all',
    page: 'nl-collapsed',
    keys: ['ctrl+Home', 'Tab', 'space', 'space'],
  },
  {
    name: 'copy-link',
    title: 'Copy the link to an open section: the status says it was copied',
    page: 'nl-one-open',
    keys: ['ctrl+Home', 'Tab', 'Tab', 'Tab', 'Tab', 'space'],
  },
  {
    name: 'copy-link-blocked',
    title: 'Copy the link where the page blocks the clipboard: the status gives the link',
    page: 'copy-blocked',
    keys: ['ctrl+Home', 'Tab', 'Tab', 'Tab', 'Tab', 'space'],
  },
  {
    // What Orca says as the page loads is not compared: whether it names the
    // button that took focus, or only "Focus mode" after its page summary,
    // depends on which event it handles first (both were seen). Where am I
    // (KP_Enter) and the next Tab show where focus landed.
    name: 'deep-link',
    title: 'A deep link on load (#aivd-mission-values): focus is on its section',
    page: 'nl-collapsed#aivd-mission-values',
    keys: ['KP_Enter', 'Tab'],
  },
  {
    name: 'english-on-dutch-page',
    title: 'The English widget on a Dutch page: its text is read in English',
    page: 'en-on-nl-page',
    keys: ['ctrl+Home', 'h', 'h', 'h', 'Tab'],
  },
  {
    name: 'fallback',
    title: 'The no-JavaScript fallback: headings, and a section opened with Enter',
    page: 'fallback-nl',
    keys: ['ctrl+Home', 'h', 'h', 'Tab', 'Return'],
  },
];

const fileOf = (engine, journey) =>
  new URL(`transcripts/${engine}/${journey.name}.txt`, import.meta.url).pathname;

/** The transcript as steps: [{ key, lines }]. */
function parse(text) {
  const steps = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('> ')) steps.push({ key: line.slice(2), lines: [] });
    else if (line.startsWith('[')) steps.at(-1).lines.push(line);
  }
  return steps;
}

const format = (journey, steps) =>
  [
    `# ${journey.title}`,
    `page: ${journey.page}`,
    ...steps.flatMap(({ key, lines }) => [`> ${key}`, ...lines]),
    '',
  ].join('\n');

/**
 * What Orca says after `act()`, with the test server's origin (its port
 * changes from run to run) written as <origin>: waits until it says
 * `expected` (or, when updating, for silence).
 */
async function hear({ orca, origin }, act, expected) {
  const said = () =>
    orca
      .said()
      .filter((line) => !BROWSER_WINDOW.test(line))
      .map((line) => line.replaceAll(origin, '<origin>'));
  orca.mark();
  await act();
  if (UPDATE || !expected) {
    await orca.quiet(1500, ANSWER_MS * 2);
    return said();
  }
  const wanted = expected.join('\n');
  await eventually(() => assert.equal(said().join('\n'), wanted), ANSWER_MS, 50).catch(() => {});
  await orca.quiet(SETTLE_MS, ANSWER_MS);
  return said();
}

/** Opens the journey's page, presses its keys, and compares what Orca said with the transcript. */
export async function runJourney({ engine, browser, orca, reader, origin, journey }) {
  const file = fileOf(engine, journey);
  const expected = !UPDATE && existsSync(file) ? parse(readFileSync(file, 'utf8')) : undefined;
  if (!UPDATE && !expected) {
    throw new Error(
      `no transcript ${file}: write it with AT_UPDATE=1 npm run test:at and review it`,
    );
  }
  await browser.goto(`${origin}/at/${journey.page}`);
  // The page's accessibility tree complete (its headings exposed), as Orca
  // will read it: WebKitGTK builds it late under load, and Orca then says a
  // button without the heading around it.
  const title = titleOf(journey.page.replace(/#.*/, ''));
  await eventually(async () => {
    const tree = await reader.read(browser.app, title);
    assert.ok(nodes(tree).some((node) => node.role === 'heading' && node.attributes.level === '2'));
  }, 10000);
  // What Orca says of a page as it loads is not the journey's: let it finish.
  await orca.quiet(1500);
  const steps = [];
  for (const key of journey.keys) {
    const wanted = expected?.[steps.length]?.lines;
    steps.push({ key, lines: await hear({ orca, origin }, () => press(key), wanted) });
  }
  const heard = format(journey, steps);
  if (UPDATE) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, heard);
    return;
  }
  assert.equal(heard, readFileSync(file, 'utf8'), `Orca in ${engine} said otherwise: ${file}`);
}
