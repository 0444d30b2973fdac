// What an app team's TypeScript sees of the package: typed element and event.
import 'aivd-mission';
import type { AivdMission, AivdMissionToggleEvent } from 'aivd-mission';

const el = document.createElement('aivd-mission');
const level: number = el.headingLevel;
const isOpen: boolean = el.toggle('values');
el.exclusive = true;
el.open = 'mission values';
el.sections = 'intro mission';
el.expandAll();
el.collapseAll();

el.addEventListener('aivd-mission-toggle', (event) => {
  const section: string = event.detail.section;
  const open: boolean = event.detail.open;
  console.log(section, open);
});
const handler = (event: AivdMissionToggleEvent) => event.detail.open;
el.addEventListener('aivd-mission-toggle', handler);
const same: AivdMission = document.querySelector('aivd-mission')!;

// @ts-expect-error headingLevel is a number, not a string
el.headingLevel = 'three';
// @ts-expect-error the event's detail has no such field
el.addEventListener('aivd-mission-toggle', (event) => event.detail.nope);

export { level, isOpen, same };
