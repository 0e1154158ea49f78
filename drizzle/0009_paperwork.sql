CREATE TABLE `agreement_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`locale` text NOT NULL,
	`sha256` text NOT NULL,
	`byte_size` integer NOT NULL,
	`stored_at` text NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `agreement_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agreement_documents_version_locale` ON `agreement_documents` (`version_id`,`locale`);--> statement-breakpoint
CREATE INDEX `agreement_documents_sha_idx` ON `agreement_documents` (`sha256`);--> statement-breakpoint
CREATE TABLE `agreement_signatures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`pairing_id` integer NOT NULL,
	`party` text NOT NULL,
	`user_id` integer NOT NULL,
	`signer_name` text NOT NULL,
	`signer_role` text NOT NULL,
	`signed_at` text NOT NULL,
	`ip` text,
	`locale` text NOT NULL,
	`document_sha256` text NOT NULL,
	`anonymised_at` text,
	FOREIGN KEY (`version_id`) REFERENCES `agreement_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`pairing_id`) REFERENCES `pairings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "agreement_signatures_party" CHECK("agreement_signatures"."party" IN ('employer','organisation')),
	CONSTRAINT "agreement_signatures_role" CHECK(("agreement_signatures"."party" = 'employer' AND "agreement_signatures"."signer_role" = 'employer') OR ("agreement_signatures"."party" = 'organisation' AND "agreement_signatures"."signer_role" IN ('org_admin','counsellor'))),
	CONSTRAINT "agreement_signatures_sha" CHECK(length("agreement_signatures"."document_sha256") = 64)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agreement_signatures_version_party` ON `agreement_signatures` (`version_id`,`party`);--> statement-breakpoint
CREATE INDEX `agreement_signatures_pairing_idx` ON `agreement_signatures` (`pairing_id`);--> statement-breakpoint
CREATE TABLE `agreement_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pairing_id` integer NOT NULL,
	`version` integer NOT NULL,
	`kind` text NOT NULL,
	`effective_from` text NOT NULL,
	`hourly_wage_cents` integer NOT NULL,
	`hours_per_week` integer NOT NULL,
	`planned_weeks` integer NOT NULL,
	`planned_end_date` text NOT NULL,
	`counsellor_id` integer,
	`leave_start` text,
	`leave_end` text,
	`max_wage_subsidy_cents` integer NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`snapshot` text NOT NULL,
	`created_by` integer,
	`created_at` text NOT NULL,
	`anonymised_at` text,
	FOREIGN KEY (`pairing_id`) REFERENCES `pairings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`counsellor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "agreement_versions_kind" CHECK("agreement_versions"."kind" IN ('hire','weeks','wage_hours','leave','counsellor')),
	CONSTRAINT "agreement_versions_terms" CHECK("agreement_versions"."version" >= 1 AND "agreement_versions"."hourly_wage_cents" > 0 AND "agreement_versions"."hours_per_week" > 0 AND "agreement_versions"."planned_weeks" > 0 AND "agreement_versions"."max_wage_subsidy_cents" >= 0),
	CONSTRAINT "agreement_versions_leave" CHECK(("agreement_versions"."kind" = 'leave') = ("agreement_versions"."leave_start" IS NOT NULL AND "agreement_versions"."leave_end" IS NOT NULL AND "agreement_versions"."leave_start" <= "agreement_versions"."leave_end"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agreement_versions_pairing_version` ON `agreement_versions` (`pairing_id`,`version`);--> statement-breakpoint
CREATE TABLE `payment_notice_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`notice_id` integer NOT NULL,
	`ledger_entry_id` integer NOT NULL,
	`pairing_id` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`period_start` text,
	`period_end` text,
	`milestone` text,
	`corrects_notice_id` integer,
	FOREIGN KEY (`notice_id`) REFERENCES `payment_notices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ledger_entry_id`) REFERENCES `ledger_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`pairing_id`) REFERENCES `pairings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payment_notice_items_entry` ON `payment_notice_items` (`ledger_entry_id`);--> statement-breakpoint
CREATE INDEX `payment_notice_items_notice_idx` ON `payment_notice_items` (`notice_id`);--> statement-breakpoint
CREATE TABLE `payment_notices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`payee_business_id` integer,
	`payee_organisation_id` integer,
	`paid_on` text NOT NULL,
	`reference` text NOT NULL,
	`total_cents` integer NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`payee_business_id`) REFERENCES `businesses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`payee_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "payment_notices_kind" CHECK("payment_notices"."kind" IN ('payment','correction')),
	CONSTRAINT "payment_notices_payee" CHECK(("payment_notices"."payee_business_id" IS NULL) <> ("payment_notices"."payee_organisation_id" IS NULL)),
	CONSTRAINT "payment_notices_sign" CHECK(("payment_notices"."kind" = 'payment' AND "payment_notices"."total_cents" >= 0) OR ("payment_notices"."kind" = 'correction' AND "payment_notices"."total_cents" <= 0))
);
--> statement-breakpoint
CREATE INDEX `payment_notices_business_idx` ON `payment_notices` (`payee_business_id`,`id`);--> statement-breakpoint
CREATE INDEX `payment_notices_organisation_idx` ON `payment_notices` (`payee_organisation_id`,`id`);--> statement-breakpoint
CREATE TABLE `claim_proofs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` integer,
	`business_id` integer NOT NULL,
	`uploaded_by` integer NOT NULL,
	`sha256` text NOT NULL,
	`byte_size` integer NOT NULL,
	`media_type` text NOT NULL,
	`file_name` text NOT NULL,
	`uploaded_at` text NOT NULL,
	`attached_at` text,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`business_id`) REFERENCES `businesses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "claim_proofs_media_type" CHECK("claim_proofs"."media_type" IN ('application/pdf','image/png','image/jpeg')),
	CONSTRAINT "claim_proofs_size" CHECK("claim_proofs"."byte_size" > 0 AND "claim_proofs"."byte_size" <= 10485760),
	CONSTRAINT "claim_proofs_sha" CHECK(length("claim_proofs"."sha256") = 64)
);
--> statement-breakpoint
CREATE INDEX `claim_proofs_claim_idx` ON `claim_proofs` (`claim_id`);--> statement-breakpoint
CREATE INDEX `claim_proofs_staged_idx` ON `claim_proofs` (`business_id`,`claim_id`);--> statement-breakpoint
CREATE INDEX `claim_proofs_sha_idx` ON `claim_proofs` (`sha256`);--> statement-breakpoint
ALTER TABLE `pairings` ADD `counsellor_id` integer REFERENCES users(id);--> statement-breakpoint
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
