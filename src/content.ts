/**
 * The AIVD's mission text, section by section, as `msg()` calls.
 *
 * Dutch is the source language: every sentence of the source text
 * (`test/fixtures/seed.nl.txt`) stands here word for word.
 * English lives in `locales/en.xlf`. Each section is a function so that the
 * messages are looked up when a render asks for them, in that render's
 * language, and so that the no-JavaScript snippets are generated from these
 * same messages.
 */
import { msg } from './localize.js';

/**
 * The version of the text, a date, apart from the package's version: it
 * changes when a sentence in either language changes, and CHANGELOG.md's
 * "Text" entries say what changed. A page with a pinned snippet carries the
 * text of its date (`data-content-version` on the element), and needs a new
 * copy when this moves. The Dutch is the AIVD's own text, word for word; the
 * English is a translation made for this component, not an official AIVD
 * text.
 */
export const CONTENT_VERSION = '2026-12-06';

/** Every section, in the default order. */
export const SECTION_IDS = ['intro', 'mission', 'values', 'capabilities', 'organisation'] as const;

export type SectionId = (typeof SECTION_IDS)[number];
export type CollapsibleId = Exclude<SectionId, 'intro'>;

/** A paragraph is a string; a bulleted list is an array of strings. */
export type Block = string | readonly string[];

export interface Section {
  /** Absent for the intro, which is always shown and never collapses. */
  heading?: string;
  blocks: readonly Block[];
}

export const isSectionId = (token: string): token is SectionId =>
  (SECTION_IDS as readonly string[]).includes(token);

/** Whether `token` is a section that expands and collapses: one of the sections but the intro. */
export const isCollapsible = (token: string): token is CollapsibleId =>
  token !== 'intro' && isSectionId(token);

/** The collapsible sections, in the default order. */
export const COLLAPSIBLE_IDS = SECTION_IDS.filter(isCollapsible);

export const content: Record<SectionId, () => Section> = {
  intro: () => ({
    blocks: [
      msg(
        "Het is de taak van de AIVD om dreigingen, risico's en internationale politieke ontwikkelingen, die anderen niet kunnen zien en die grote gevolgen kunnen hebben voor de belangen van de Nederlandse staat, als eerste te onderkennen en te duiden. Zo kunnen wij anderen waarschuwen en kunnen dreigingen en risico's worden afgewend.",
        { id: 'intro', desc: 'Introduction, always visible above the sections' },
      ),
    ],
  }),

  mission: () => ({
    heading: msg('Waar de AIVD voor staat', {
      id: 'mission.heading',
      desc: 'Heading of the section on the mission',
    }),
    blocks: [
      msg(
        "De AIVD, voluit Algemene Inlichtingen- en Veiligheidsdienst, beschermt de nationale veiligheid door tijdig dreigingen, internationale politieke ontwikkelingen en risico's te onderkennen die niet direct zichtbaar zijn en doet daartoe onderzoek in binnen- en buitenland.",
        {
          id: 'mission.1',
          desc: 'Mission, first paragraph. Use the official English name "General Intelligence and Security Service"',
        },
      ),
      msg(
        "Wij signaleren, adviseren en delen gericht informatie met onze samenwerkingspartners, zodat deze maatregelen kunnen nemen op de dreigingen en risico's. Waar nodig reduceren wij bovendien zelfstandig risico's.",
        { id: 'mission.2', desc: 'Mission, second paragraph' },
      ),
    ],
  }),

  values: () => ({
    heading: msg('Onze waarden', {
      id: 'values.heading',
      desc: 'Heading of the section on values',
    }),
    blocks: [
      msg('Deze missie voeren wij uit op basis van de waarden die bij ons horen.', {
        id: 'values.lead',
        desc: 'Sentence introducing the list of values',
      }),
      [
        msg(
          "AIVD'ers zijn vakkundig en betrokken. Wij excelleren in operationeel onderzoek, analyse en duiding. Wij zoeken samenwerking met anderen en leveren vanuit onze professionaliteit een bijdrage aan een goede taakuitvoering van onze partners.",
          { id: 'values.1', desc: 'Value, list item 1 of 3' },
        ),
        msg(
          'De AIVD is integer en respectvol. Wij voeren onze taken uit vrij van politieke opvattingen en voorkeuren en zijn ons in hoge mate bewust van de verantwoordelijkheden die gepaard gaan met ons werk. Wij zetten onze bijzondere bevoegdheden alleen in wanneer dat rechtmatig is en met zo min mogelijk inbreuk op de privacy van burgers.',
          { id: 'values.2', desc: 'Value, list item 2 of 3' },
        ),
        msg(
          'Betrouwbaarheid, discretie, zorgvuldigheid en ruimte voor afweging, reflectie en tegenspraak vormen de basis van onze taakuitvoering.',
          { id: 'values.3', desc: 'Value, list item 3 of 3' },
        ),
      ],
    ],
  }),

  capabilities: () => ({
    heading: msg('Wat de AIVD kan', {
      id: 'capabilities.heading',
      desc: 'Heading of the section on capabilities',
    }),
    blocks: [
      msg('De AIVD beschikt over unieke informatie omdat wij:', {
        id: 'capabilities.lead',
        desc: 'Sentence that the five list items below complete',
      }),
      [
        msg(
          'inlichtingenmiddelen, zoals technische en menselijke bronnen, kunnen inzetten die anderen niet ter beschikking staan;',
          {
            id: 'capabilities.1',
            desc: 'Capability, list item 1 of 5; completes the lead sentence',
          },
        ),
        msg(
          'onze bronnen, werkwijze en kennisniveau kunnen beschermen, zodat informatie verkregen kan worden die anders niet beschikbaar zou zijn;',
          {
            id: 'capabilities.2',
            desc: 'Capability, list item 2 of 5; completes the lead sentence',
          },
        ),
        msg(
          "een gewaardeerde partner zijn in een internationaal netwerk van inlichtingen- en veiligheidsdiensten, waarbinnen unieke informatie over dreigingen, politieke ontwikkelingen en risico's wordt gedeeld;",
          {
            id: 'capabilities.3',
            desc: 'Capability, list item 3 of 5; completes the lead sentence',
          },
        ),
        msg(
          'een geïntegreerde dienst zijn: een inlichtingendienst, gericht op onderzoek naar heimelijke politieke intenties van andere landen én een veiligheidsdienst, gericht op gevaar voor de democratische rechtsorde en de nationale veiligheid.',
          {
            id: 'capabilities.4',
            desc: 'Capability, list item 4 of 5; completes the lead sentence',
          },
        ),
        msg(
          'een multisource dienst zijn, doordat de inzet van verschillende soorten bronnen bij één organisatie zijn ondergebracht.',
          {
            id: 'capabilities.5',
            desc: 'Capability, list item 5 of 5; completes the lead sentence',
          },
        ),
      ],
      msg(
        "Wij kunnen hierdoor bij uitstek dreigingen en risico's voor de nationale veiligheid onderkennen, duiden en helpen voorkomen.",
        { id: 'capabilities.result', desc: 'Closing sentence of the capabilities section' },
      ),
    ],
  }),

  organisation: () => ({
    heading: msg('Meer informatie over de AIVD', {
      id: 'organisation.heading',
      desc: 'Heading of the section on the organisation',
    }),
    blocks: [
      msg(
        'De AIVD maakt als directoraat-generaal deel uit van het ministerie van Binnenlandse Zaken en Koninkrijksrelaties. Aan het hoofd van de dienst staat een directeur-generaal.',
        {
          id: 'organisation',
          desc: 'Use the official names "Ministry of the Interior and Kingdom Relations" and "Director-General"',
        },
      ),
    ],
  }),
};

/** Label of the show all / hide all button, from whether all sections are open. */
export const toggleAllLabel = (allOpen: boolean): string =>
  allOpen
    ? msg('Alle onderdelen sluiten', {
        id: 'toggle-all.close',
        desc: 'Button that collapses every section',
      })
    : msg('Alle onderdelen openen', {
        id: 'toggle-all.open',
        desc: 'Button that expands every section',
      });

/** Text of the button that copies a link to its section. */
export const copyLinkLabel = (): string =>
  msg('Link naar dit onderdeel kopiëren', {
    id: 'copy-link',
    desc: 'Button at the end of an open section that copies a link to that section',
  });

/** What the status next to that button says after a copy, or failed to. */
export const copyLinkStatus = (copied: boolean): string =>
  copied
    ? msg('Link gekopieerd', { id: 'copy-link.done', desc: 'Status after the link was copied' })
    : msg('Kopiëren is niet gelukt. De link is:', {
        id: 'copy-link.failed',
        desc: 'Status when the browser refused to copy; the link follows it',
      });
