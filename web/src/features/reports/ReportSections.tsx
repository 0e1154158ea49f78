// The sections of the phase report, shared by the dashboard and its printable version: each a
// heading, a one-sentence summary, a chart with its text alternative, and the same numbers in a
// table (caption, header cells with scope), with a CSV download of that table on screen.
import type { SectionProps } from './sectionParts';
import { BudgetSection } from './sections/BudgetSection';
import { ClientGroupsSection } from './sections/ClientGroupsSection';
import { OccupationsSection } from './sections/OccupationsSection';
import { OrganisationsSection } from './sections/OrganisationsSection';
import { OutcomesSection } from './sections/OutcomesSection';
import { RegionsSection } from './sections/RegionsSection';
import { WeeksSection } from './sections/WeeksSection';

export { csvHref, type PhaseReport, xlsxHref } from './sectionParts';

export function ReportSections(props: SectionProps) {
  return (
    <>
      <OrganisationsSection {...props} />
      <OutcomesSection {...props} />
      <WeeksSection {...props} />
      <RegionsSection {...props} />
      <OccupationsSection {...props} />
      <ClientGroupsSection {...props} />
      <BudgetSection {...props} />
    </>
  );
}
