// The history of a pairing's terms: one row per version of its agreement, newest first, with who
// has accepted it and its PDF.
import { useTranslation } from 'react-i18next';
import { TableFrame } from '../../components/TableFrame';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { type Agreement, agreementPdfHref } from './agreementParts';

export function VersionsTable({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  return (
    <section className="card stack" aria-labelledby="terms-history">
      <h2 id="terms-history">{t('paperwork.agreement.historyTitle')}</h2>
      <TableFrame>
        <table className="paper-table">
          <caption className="visually-hidden">{t('paperwork.agreement.historyCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('paperwork.agreement.version')}</th>
              <th scope="col">{t('paperwork.agreement.kind')}</th>
              <th scope="col">{t('paperwork.agreement.effective')}</th>
              <th scope="col">{t('paperwork.agreement.wage')}</th>
              <th scope="col">{t('paperwork.agreement.hours')}</th>
              <th scope="col">{t('paperwork.agreement.weeks')}</th>
              <th scope="col">{t('paperwork.agreement.plannedEnd')}</th>
              <th scope="col">{t('paperwork.agreement.max')}</th>
              <th scope="col">{t('paperwork.agreement.status')}</th>
              <th scope="col">{t('paperwork.agreement.pdf')}</th>
            </tr>
          </thead>
          <tbody>
            {agreement.versions.map((v) => (
              <tr key={v.id}>
                <th scope="row">{v.version}</th>
                <td data-label={t('paperwork.agreement.kind')}>
                  {t(`paperwork.agreement.kinds.${v.kind}`)}
                  {v.leaveStart && v.leaveEnd
                    ? ` (${fmt.date(v.leaveStart)} – ${fmt.date(v.leaveEnd)})`
                    : ''}
                  {v.kind === 'counsellor' ? ` (${v.counsellorName})` : ''}
                </td>
                <td data-label={t('paperwork.agreement.effective')}>{fmt.date(v.effectiveFrom)}</td>
                <td data-label={t('paperwork.agreement.wage')}>{fmt.money(v.hourlyWageCents)}</td>
                <td data-label={t('paperwork.agreement.hours')}>{v.hoursPerWeek}</td>
                <td data-label={t('paperwork.agreement.weeks')}>{v.plannedWeeks}</td>
                <td data-label={t('paperwork.agreement.plannedEnd')}>
                  {fmt.date(v.plannedEndDate)}
                </td>
                <td data-label={t('paperwork.agreement.max')} className="num">
                  {fmt.money(v.maxWageSubsidyCents)}
                </td>
                <td data-label={t('paperwork.agreement.status')}>
                  {v.missing.length === 0
                    ? t('paperwork.agreement.signedBoth', { version: v.version })
                    : t('paperwork.agreement.waiting', {
                        parties: v.missing
                          .map((p) => t(`paperwork.agreement.parties.${p}`))
                          .join(', '),
                      })}
                </td>
                <td data-label={t('paperwork.agreement.pdf')}>
                  <a href={agreementPdfHref(agreement.pairingId, v.version, fmt.locale)} download>
                    {t('paperwork.agreement.pdfLink', { version: v.version })}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </section>
  );
}
