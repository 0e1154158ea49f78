// The sections of the phase report, shared by the dashboard and its printable version: each a
// heading, a one-sentence summary, a chart with its text alternative, and the same numbers in a
// table (caption, header cells with scope), with a CSV download of that table on screen.
//
// On screen the sections are added one per task, in order: put on the page together, the report
// of a phase of 100 organisations holds a phone's main thread for half a second in one go (the
// page does not answer a tap meanwhile); one at a time, the first is there as soon, and the page
// answers between two. The printable report has them all at once (it is printed as it stands).
import { type ComponentType, useEffect, useState } from 'react';
import type { SectionProps } from './sectionParts';
import { BudgetSection } from './sections/BudgetSection';
import { ClientGroupsSection } from './sections/ClientGroupsSection';
import { OccupationsSection } from './sections/OccupationsSection';
import { OrganisationsSection } from './sections/OrganisationsSection';
import { OutcomesSection } from './sections/OutcomesSection';
import { RegionsSection } from './sections/RegionsSection';
import { WeeksSection } from './sections/WeeksSection';

export { csvHref, type PhaseReport, xlsxHref } from './sectionParts';

const sections: [string, ComponentType<SectionProps>][] = [
  ['organisations', OrganisationsSection],
  ['outcomes', OutcomesSection],
  ['weeks', WeeksSection],
  ['regions', RegionsSection],
  ['occupations', OccupationsSection],
  ['clientGroups', ClientGroupsSection],
  ['budget', BudgetSection],
];

/** How many sections are on the page: one more per task on screen, all of them in print. */
function useSectionsShown(print: boolean): number {
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (print || shown >= sections.length) return;
    const next = setTimeout(() => setShown((n) => n + 1), 0);
    return () => clearTimeout(next);
  }, [print, shown]);
  return print ? sections.length : shown;
}

export function ReportSections(props: SectionProps) {
  const shown = useSectionsShown(props.print);
  return (
    <>
      {sections.slice(0, shown).map(([key, Section]) => (
        <Section key={key} {...props} />
      ))}
    </>
  );
}
