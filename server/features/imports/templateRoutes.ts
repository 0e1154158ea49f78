// GET /imports/job-seekers/template.csv|.xlsx?locale=fr-CA|en-CA: the import templates. They hold
// no data (headers and one made-up example), so they need no session.
import type { Hono } from 'hono';
import { isLocale } from '../../../shared/locale';
import { templateCsv, templateXlsx } from './template';

export function registerImportTemplates(app: Hono) {
  app.get('/imports/job-seekers/template.csv', (c) => {
    const q = c.req.query('locale');
    const locale = isLocale(q) ? q : 'fr-CA';
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header(
      'Content-Disposition',
      `attachment; filename="${locale === 'fr-CA' ? 'modele-import-personnes' : 'people-import-template'}.csv"`,
    );
    return c.body(templateCsv(locale));
  });
  app.get('/imports/job-seekers/template.xlsx', async (c) => {
    const q = c.req.query('locale');
    const locale = isLocale(q) ? q : 'fr-CA';
    c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    c.header(
      'Content-Disposition',
      `attachment; filename="${locale === 'fr-CA' ? 'modele-import-personnes' : 'people-import-template'}.xlsx"`,
    );
    return c.body(new Uint8Array(await templateXlsx(locale)));
  });
}
