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
ALTER TABLE `pairings` ADD `counsellor_id` integer REFERENCES users(id);