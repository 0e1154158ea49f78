// Where the end-to-end apps keep their databases (playwright.config.ts starts them; specs read
// the outbox of the one that sends email).
export const E2E_DB = 'test-results/e2e/passerelle.db';
export const MAIL_DB = 'test-results/e2e/mail/passerelle.db';
