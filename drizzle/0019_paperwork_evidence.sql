-- The paperwork's evidence rules and the agreements of pairings hired before it (custom SQL:
-- drizzle-kit does not write triggers or backfills).
-- The counsellor who follows each existing pairing: the one who proposed the person.
UPDATE `pairings` SET `counsellor_id` = (SELECT `proposed_by` FROM `proposals` WHERE `proposals`.`id` = `pairings`.`proposal_id`);
--> statement-breakpoint
-- Every existing pairing gets its agreement (version 1, the terms at hire), as confirmHire now
-- makes it; the person named as the employer knew them (first name and initial).
INSERT INTO `agreement_versions` (`pairing_id`, `version`, `kind`, `effective_from`, `hourly_wage_cents`,
  `hours_per_week`, `planned_weeks`, `planned_end_date`, `counsellor_id`, `max_wage_subsidy_cents`,
  `snapshot`, `created_by`, `created_at`, `anonymised_at`)
SELECT p.`id`, 1, 'hire', p.`start_date`, p.`hourly_wage_cents`, p.`hours_per_week`, p.`planned_weeks`,
  p.`planned_end_date`, p.`counsellor_id`, p.`max_wage_subsidy_cents`,
  json_object(
    'business', json_object('legalName', b.`legal_name`, 'neq', b.`neq`, 'city', b.`city`),
    'organisation', json_object('name', o.`name`, 'city', o.`city`),
    'person', json_object('displayName', CASE WHEN js.`anonymised_at` IS NOT NULL
      THEN 'Personne anonymisée n° ' || js.`id`
      ELSE trim(js.`first_name`) || ' ' || upper(substr(trim(js.`last_name`), 1, 1)) || '.' END),
    'counsellor', json_object('name', coalesce(u.`name`, '')),
    'posting', json_object('title', po.`title`, 'nocCode', po.`noc_code`),
    'phase', json_object('number', ph.`number`, 'name', ph.`name`, 'startDate', ph.`start_date`,
      'endDate', ph.`end_date`, 'rules', json(ph.`rules`)),
    'pairingStartDate', p.`start_date`),
  p.`created_by`, p.`created_at`, js.`anonymised_at`
FROM `pairings` p
INNER JOIN `businesses` b ON b.`id` = p.`business_id`
INNER JOIN `organisations` o ON o.`id` = p.`organisation_id`
INNER JOIN `job_seekers` js ON js.`id` = p.`job_seeker_id`
INNER JOIN `postings` po ON po.`id` = p.`posting_id`
INNER JOIN `phases` ph ON ph.`id` = p.`phase_id`
LEFT JOIN `users` u ON u.`id` = p.`counsellor_id`
WHERE ph.`rules` IS NOT NULL;
--> statement-breakpoint
-- Agreement versions and signatures are evidence: never deleted, never changed, except by the
-- one update anonymisation makes (the person's name in the snapshot and the free-text comment of
-- a version; the signer's name and IP of a signature), marked by anonymised_at.
CREATE TRIGGER `agreement_versions_no_delete` BEFORE DELETE ON `agreement_versions`
BEGIN
  SELECT RAISE(ABORT, 'agreement_versions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `agreement_versions_no_update` BEFORE UPDATE ON `agreement_versions`
WHEN NOT (
  OLD.`anonymised_at` IS NULL AND NEW.`anonymised_at` IS NOT NULL AND NEW.`comment` = ''
  AND NEW.`id` IS OLD.`id` AND NEW.`pairing_id` IS OLD.`pairing_id` AND NEW.`version` IS OLD.`version`
  AND NEW.`kind` IS OLD.`kind` AND NEW.`effective_from` IS OLD.`effective_from`
  AND NEW.`hourly_wage_cents` IS OLD.`hourly_wage_cents` AND NEW.`hours_per_week` IS OLD.`hours_per_week`
  AND NEW.`planned_weeks` IS OLD.`planned_weeks` AND NEW.`planned_end_date` IS OLD.`planned_end_date`
  AND NEW.`counsellor_id` IS OLD.`counsellor_id` AND NEW.`leave_start` IS OLD.`leave_start`
  AND NEW.`leave_end` IS OLD.`leave_end` AND NEW.`max_wage_subsidy_cents` IS OLD.`max_wage_subsidy_cents`
  AND NEW.`created_by` IS OLD.`created_by` AND NEW.`created_at` IS OLD.`created_at`
  AND json_remove(NEW.`snapshot`, '$.person') IS json_remove(OLD.`snapshot`, '$.person')
)
BEGIN
  SELECT RAISE(ABORT, 'agreement_versions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `agreement_signatures_no_delete` BEFORE DELETE ON `agreement_signatures`
BEGIN
  SELECT RAISE(ABORT, 'agreement_signatures is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `agreement_signatures_no_update` BEFORE UPDATE ON `agreement_signatures`
WHEN NOT (
  OLD.`anonymised_at` IS NULL AND NEW.`anonymised_at` IS NOT NULL
  AND NEW.`signer_name` = '' AND NEW.`ip` IS NULL
  AND NEW.`id` IS OLD.`id` AND NEW.`version_id` IS OLD.`version_id` AND NEW.`pairing_id` IS OLD.`pairing_id`
  AND NEW.`party` IS OLD.`party` AND NEW.`user_id` IS OLD.`user_id` AND NEW.`signer_role` IS OLD.`signer_role`
  AND NEW.`signed_at` IS OLD.`signed_at` AND NEW.`locale` IS OLD.`locale`
  AND NEW.`document_sha256` IS OLD.`document_sha256`
)
BEGIN
  SELECT RAISE(ABORT, 'agreement_signatures is append-only');
END;
--> statement-breakpoint
-- Payment notices describe the append-only ledger: append-only too.
CREATE TRIGGER `payment_notices_no_update` BEFORE UPDATE ON `payment_notices`
BEGIN
  SELECT RAISE(ABORT, 'payment_notices is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `payment_notices_no_delete` BEFORE DELETE ON `payment_notices`
BEGIN
  SELECT RAISE(ABORT, 'payment_notices is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `payment_notice_items_no_update` BEFORE UPDATE ON `payment_notice_items`
BEGIN
  SELECT RAISE(ABORT, 'payment_notice_items is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `payment_notice_items_no_delete` BEFORE DELETE ON `payment_notice_items`
BEGIN
  SELECT RAISE(ABORT, 'payment_notice_items is append-only');
END;
