CREATE TABLE `api_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`prefix` text NOT NULL,
	`organisation_id` integer,
	`scopes` text NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`revoked_at` text,
	`revoked_by` integer,
	`last_used_at` text,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`revoked_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "api_tokens_scopes" CHECK(json_array_length("api_tokens"."scopes") > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_tokenHash_unique` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `api_tokens_org_idx` ON `api_tokens` (`organisation_id`,`id`);--> statement-breakpoint
CREATE INDEX `api_tokens_creator_idx` ON `api_tokens` (`created_by`,`id`);--> statement-breakpoint
CREATE TABLE `employer_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`status` text DEFAULT 'unconfirmed' NOT NULL,
	`locale` text DEFAULT 'fr-CA' NOT NULL,
	`neq` text NOT NULL,
	`legal_name` text NOT NULL,
	`contact_name` text NOT NULL,
	`contact_email` text NOT NULL,
	`contact_phone` text DEFAULT '' NOT NULL,
	`region_code` text NOT NULL,
	`city` text NOT NULL,
	`title` text NOT NULL,
	`noc_code` text NOT NULL,
	`hours_per_week` integer NOT NULL,
	`hourly_wage_cents` integer NOT NULL,
	`positions` integer NOT NULL,
	`start_date` text NOT NULL,
	`duration_weeks` integer NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`requirements` text DEFAULT '' NOT NULL,
	`confirm_token_hash` text,
	`confirm_expires_at` text NOT NULL,
	`created_at` text NOT NULL,
	`confirmed_at` text,
	`taken_at` text,
	`taken_by` integer,
	`taken_organisation_id` integer,
	`business_id` integer,
	`posting_id` integer,
	`employer_user_id` integer,
	FOREIGN KEY (`taken_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`taken_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`business_id`) REFERENCES `businesses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`posting_id`) REFERENCES `postings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`employer_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "employer_requests_status" CHECK("employer_requests"."status" IN ('unconfirmed','confirmed','taken')),
	CONSTRAINT "employer_requests_region" CHECK("employer_requests"."region_code" GLOB '[01][0-9]'),
	CONSTRAINT "employer_requests_neq" CHECK("employer_requests"."neq" GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `employer_requests_confirmTokenHash_unique` ON `employer_requests` (`confirm_token_hash`);--> statement-breakpoint
CREATE INDEX `employer_requests_status_region_idx` ON `employer_requests` (`status`,`region_code`,`id`);--> statement-breakpoint
CREATE INDEX `employer_requests_status_created_idx` ON `employer_requests` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`format` text NOT NULL,
	`file_sha256` text NOT NULL,
	`row_count` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "import_batches_format" CHECK("import_batches"."format" IN ('csv','xlsx'))
);
--> statement-breakpoint
CREATE INDEX `import_batches_org_idx` ON `import_batches` (`organisation_id`,`id`);--> statement-breakpoint
CREATE TABLE `rate_limit_hits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bucket` text NOT NULL,
	`key_hash` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `rate_limit_hits_key_idx` ON `rate_limit_hits` (`bucket`,`key_hash`,`at`);--> statement-breakpoint
CREATE INDEX `rate_limit_hits_at_idx` ON `rate_limit_hits` (`at`);--> statement-breakpoint
CREATE TABLE `transfer_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`job_seeker_id` integer NOT NULL,
	`from_organisation_id` integer NOT NULL,
	`to_organisation_id` integer NOT NULL,
	`reason` text NOT NULL,
	`message` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`requested_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`decided_by` integer,
	`decided_at` text,
	`decline_comment` text,
	`notes_moved` integer,
	FOREIGN KEY (`job_seeker_id`) REFERENCES `job_seekers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "transfer_requests_status" CHECK("transfer_requests"."status" IN ('pending','accepted','declined','cancelled')),
	CONSTRAINT "transfer_requests_reason" CHECK("transfer_requests"."reason" IN ('moved','closer_services','specialised_services','person_request','other')),
	CONSTRAINT "transfer_requests_orgs" CHECK("transfer_requests"."from_organisation_id" <> "transfer_requests"."to_organisation_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `transfer_requests_one_pending` ON `transfer_requests` (`job_seeker_id`) WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX `transfer_requests_to_idx` ON `transfer_requests` (`to_organisation_id`,`status`,`id`);--> statement-breakpoint
CREATE INDEX `transfer_requests_from_idx` ON `transfer_requests` (`from_organisation_id`,`status`,`id`);--> statement-breakpoint
CREATE INDEX `transfer_requests_seeker_idx` ON `transfer_requests` (`job_seeker_id`,`id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_consents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`job_seeker_id` integer NOT NULL,
	`purpose` text NOT NULL,
	`given_on` text NOT NULL,
	`recorded_by` integer NOT NULL,
	`recorded_at` text NOT NULL,
	`withdrawn_on` text,
	`withdrawn_recorded_by` integer,
	`withdrawn_recorded_at` text,
	FOREIGN KEY (`job_seeker_id`) REFERENCES `job_seekers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`withdrawn_recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "consents_purpose" CHECK("__new_consents"."purpose" IN ('participation','proposal','contact_sharing','transfer_notes'))
);
--> statement-breakpoint
INSERT INTO `__new_consents`("id", "job_seeker_id", "purpose", "given_on", "recorded_by", "recorded_at", "withdrawn_on", "withdrawn_recorded_by", "withdrawn_recorded_at") SELECT "id", "job_seeker_id", "purpose", "given_on", "recorded_by", "recorded_at", "withdrawn_on", "withdrawn_recorded_by", "withdrawn_recorded_at" FROM `consents`;--> statement-breakpoint
DROP TABLE `consents`;--> statement-breakpoint
ALTER TABLE `__new_consents` RENAME TO `consents`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `consents_seeker_idx` ON `consents` (`job_seeker_id`,`purpose`);--> statement-breakpoint
ALTER TABLE `pairings` ADD `accompanying_organisation_id` integer REFERENCES organisations(id);--> statement-breakpoint
ALTER TABLE `pairings` ADD `client_groups` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE INDEX `pairings_accompanying_idx` ON `pairings` (`accompanying_organisation_id`,`status`) WHERE accompanying_organisation_id IS NOT NULL;--> statement-breakpoint
UPDATE `pairings` SET `client_groups` = coalesce((SELECT `client_groups` FROM `job_seekers` WHERE `job_seekers`.`id` = `pairings`.`job_seeker_id`), '[]');
--> statement-breakpoint
CREATE TRIGGER `pairings_client_groups_snapshot` AFTER INSERT ON `pairings`
BEGIN
  UPDATE `pairings` SET `client_groups` = coalesce((SELECT `client_groups` FROM `job_seekers` WHERE `id` = NEW.`job_seeker_id`), '[]')
  WHERE `id` = NEW.`id`;
END;
