// The React server component recipe of docs/recipes.md: the fallback
// rendered on the server from the packed package's aivd-mission/fallback,
// type-checked and then run in Node (scripts/consumer.js) as an app team would.
import { contentVersion, fallbackCss, renderFallback } from 'aivd-mission/fallback';
import type { ReactNode } from 'react';

// <aivd-mission>'s JSX type is declared in react-recipe.tsx, as an app declares it once.

/** The element with its text inside, for readers and crawlers without JavaScript. */
export function AivdMissionServer({
  lang = 'nl',
  open,
  headingLevel,
}: {
  lang?: 'nl' | 'en';
  open?: string;
  headingLevel?: number;
}): ReactNode {
  return (
    <>
      <style dangerouslySetInnerHTML={{ __html: fallbackCss }} />
      <aivd-mission
        lang={lang}
        open={open}
        heading-level={headingLevel}
        data-content-version={contentVersion}
        dangerouslySetInnerHTML={{ __html: renderFallback({ lang, open, headingLevel }) }}
      />
    </>
  );
}
