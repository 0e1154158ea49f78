CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor_user_id` integer,
	`action` text NOT NULL,
	`subject_type` text,
	`subject_id` integer,
	`ip` text,
	`details` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_events_at_idx` ON `audit_events` (`at`);--> statement-breakpoint
CREATE INDEX `audit_events_actor_idx` ON `audit_events` (`actor_user_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_events_subject_idx` ON `audit_events` (`subject_type`,`subject_id`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`to_address` text NOT NULL,
	`subject` text NOT NULL,
	`text_body` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`created_at` text NOT NULL,
	`next_attempt_at` text NOT NULL,
	`sent_at` text,
	CONSTRAINT "outbox_status" CHECK("outbox"."status" IN ('pending','sent','failed'))
);
--> statement-breakpoint
CREATE INDEX `outbox_pending_idx` ON `outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `consents` (
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
	CONSTRAINT "consents_purpose" CHECK("consents"."purpose" IN ('participation','proposal','contact_sharing'))
);
--> statement-breakpoint
CREATE INDEX `consents_seeker_idx` ON `consents` (`job_seeker_id`,`purpose`);--> statement-breakpoint
CREATE TABLE `file_access_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`job_seeker_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`at` text NOT NULL,
	`action` text DEFAULT 'view' NOT NULL,
	FOREIGN KEY (`job_seeker_id`) REFERENCES `job_seekers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `file_access_seeker_idx` ON `file_access_log` (`job_seeker_id`,`at`);--> statement-breakpoint
CREATE INDEX `file_access_user_idx` ON `file_access_log` (`user_id`,`at`);--> statement-breakpoint
CREATE TABLE `job_seekers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`birth_date` text,
	`email` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`region_code` text NOT NULL,
	`city` text DEFAULT '' NOT NULL,
	`target_noc_codes` text DEFAULT '[]' NOT NULL,
	`skills` text DEFAULT '[]' NOT NULL,
	`hours_per_week` integer NOT NULL,
	`available_from` text NOT NULL,
	`languages` text DEFAULT '[]' NOT NULL,
	`presentation` text DEFAULT '' NOT NULL,
	`client_groups` text DEFAULT '[]' NOT NULL,
	`private_notes` text DEFAULT '' NOT NULL,
	`can_be_proposed` integer DEFAULT false NOT NULL,
	`can_share_contact` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`created_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "job_seekers_status" CHECK("job_seekers"."status" IN ('active','closed')),
	CONSTRAINT "job_seekers_region" CHECK("job_seekers"."region_code" GLOB '[01][0-9]'),
	CONSTRAINT "job_seekers_hours" CHECK("job_seekers"."hours_per_week" BETWEEN 1 AND 80)
);
--> statement-breakpoint
CREATE INDEX `job_seekers_org_name_idx` ON `job_seekers` (`organisation_id`,`last_name`,`first_name`);--> statement-breakpoint
CREATE INDEX `job_seekers_org_email_idx` ON `job_seekers` (`organisation_id`,`email`);--> statement-breakpoint
CREATE INDEX `job_seekers_org_proposable_idx` ON `job_seekers` (`organisation_id`,`can_be_proposed`,`status`);--> statement-breakpoint
CREATE TABLE `claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pairing_id` integer NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`hours_worked_hundredths` integer NOT NULL,
	`gross_wages_cents` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`status` text DEFAULT 'submitted' NOT NULL,
	`reject_reason` text,
	`reject_comment` text,
	`submitted_by` integer NOT NULL,
	`submitted_at` text NOT NULL,
	`reviewed_by` integer,
	`reviewed_at` text,
	FOREIGN KEY (`pairing_id`) REFERENCES `pairings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "claims_status" CHECK("claims"."status" IN ('submitted','approved','rejected')),
	CONSTRAINT "claims_period" CHECK("claims"."period_start" <= "claims"."period_end"),
	CONSTRAINT "claims_amounts" CHECK("claims"."hours_worked_hundredths" > 0 AND "claims"."gross_wages_cents" > 0 AND "claims"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE INDEX `claims_pairing_idx` ON `claims` (`pairing_id`,`period_start`);--> statement-breakpoint
CREATE INDEX `claims_status_idx` ON `claims` (`status`,`submitted_at`);--> statement-breakpoint
CREATE TABLE `ledger_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`fund` text NOT NULL,
	`phase_id` integer NOT NULL,
	`pairing_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`payee_business_id` integer,
	`payee_organisation_id` integer,
	`claim_id` integer,
	`tranche_id` integer,
	`reverses_entry_id` integer,
	`amount_cents` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`phase_id`) REFERENCES `phases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`pairing_id`) REFERENCES `pairings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`payee_business_id`) REFERENCES `businesses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`payee_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`tranche_id`) REFERENCES `tranches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ledger_kind" CHECK("ledger_entries"."kind" IN ('wage_subsidy','accompaniment','reversal')),
	CONSTRAINT "ledger_fund" CHECK("ledger_entries"."fund" IN ('wage','accompaniment') AND ("ledger_entries"."kind" = 'reversal' OR ("ledger_entries"."kind" = 'wage_subsidy') = ("ledger_entries"."fund" = 'wage'))),
	CONSTRAINT "ledger_sign" CHECK(("ledger_entries"."kind" = 'reversal' AND "ledger_entries"."amount_cents" < 0 AND "ledger_entries"."reverses_entry_id" IS NOT NULL) OR ("ledger_entries"."kind" <> 'reversal' AND "ledger_entries"."amount_cents" >= 0 AND "ledger_entries"."reverses_entry_id" IS NULL)),
	CONSTRAINT "ledger_payee" CHECK(("ledger_entries"."payee_business_id" IS NULL) <> ("ledger_entries"."payee_organisation_id" IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_one_reversal` ON `ledger_entries` (`reverses_entry_id`) WHERE reverses_entry_id IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_one_claim` ON `ledger_entries` (`claim_id`) WHERE claim_id IS NOT NULL AND kind <> 'reversal';--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_one_tranche` ON `ledger_entries` (`tranche_id`) WHERE tranche_id IS NOT NULL AND kind <> 'reversal';--> statement-breakpoint
CREATE INDEX `ledger_phase_org_idx` ON `ledger_entries` (`phase_id`,`organisation_id`,`fund`);--> statement-breakpoint
CREATE INDEX `ledger_pairing_idx` ON `ledger_entries` (`pairing_id`);--> statement-breakpoint
CREATE TABLE `payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ledger_entry_id` integer NOT NULL,
	`paid_on` text NOT NULL,
	`reference` text NOT NULL,
	`recorded_by` integer NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`ledger_entry_id`) REFERENCES `ledger_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payments_ledgerEntryId_unique` ON `payments` (`ledger_entry_id`);--> statement-breakpoint
CREATE INDEX `payments_paid_on_idx` ON `payments` (`paid_on`);--> statement-breakpoint
CREATE TABLE `tranches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pairing_id` integer NOT NULL,
	`milestone` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`status` text DEFAULT 'due' NOT NULL,
	`due_on` text NOT NULL,
	`reject_reason` text,
	`reject_comment` text,
	`reviewed_by` integer,
	`reviewed_at` text,
	FOREIGN KEY (`pairing_id`) REFERENCES `pairings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "tranches_status" CHECK("tranches"."status" IN ('due','approved','rejected')),
	CONSTRAINT "tranches_amount" CHECK("tranches"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tranches_pairing_milestone` ON `tranches` (`pairing_id`,`milestone`);--> statement-breakpoint
CREATE INDEX `tranches_status_idx` ON `tranches` (`status`,`due_on`);--> statement-breakpoint
CREATE TABLE `businesses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`legal_name` text NOT NULL,
	`neq` text,
	`region_code` text NOT NULL,
	`city` text NOT NULL,
	`sector` text DEFAULT '' NOT NULL,
	`size` text,
	`contact_name` text DEFAULT '' NOT NULL,
	`contact_email` text DEFAULT '' NOT NULL,
	`contact_phone` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text,
	CONSTRAINT "businesses_size" CHECK("businesses"."size" IS NULL OR "businesses"."size" IN ('1-9','10-49','50-199','200+')),
	CONSTRAINT "businesses_neq_digits" CHECK("businesses"."neq" IS NULL OR "businesses"."neq" GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
	CONSTRAINT "businesses_region_code" CHECK("businesses"."region_code" GLOB '[01][0-9]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `businesses_neq_unique` ON `businesses` (`neq`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`region_code` text NOT NULL,
	`city` text NOT NULL,
	`client_groups` text DEFAULT '[]' NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT "organisations_region_code" CHECK("organisations"."region_code" GLOB '[01][0-9]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_name_unique` ON `organisations` (`name`);--> statement-breakpoint
CREATE TABLE `follow_ups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pairing_id` integer NOT NULL,
	`on` text NOT NULL,
	`with_whom` text NOT NULL,
	`kind` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`next_on` text,
	`recorded_by` integer NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`pairing_id`) REFERENCES `pairings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "follow_ups_with" CHECK("follow_ups"."with_whom" IN ('person','employer','both')),
	CONSTRAINT "follow_ups_kind" CHECK("follow_ups"."kind" IN ('call','visit','meeting','other'))
);
--> statement-breakpoint
CREATE INDEX `follow_ups_pairing_idx` ON `follow_ups` (`pairing_id`,`on`);--> statement-breakpoint
CREATE INDEX `follow_ups_next_idx` ON `follow_ups` (`next_on`);--> statement-breakpoint
CREATE TABLE `pairings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`phase_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`business_id` integer NOT NULL,
	`proposal_id` integer NOT NULL,
	`job_seeker_id` integer NOT NULL,
	`posting_id` integer NOT NULL,
	`start_date` text NOT NULL,
	`planned_end_date` text NOT NULL,
	`hourly_wage_cents` integer NOT NULL,
	`hours_per_week` integer NOT NULL,
	`planned_weeks` integer NOT NULL,
	`max_wage_subsidy_cents` integer NOT NULL,
	`accompaniment_cents` integer NOT NULL,
	`committed_wage_cents` integer NOT NULL,
	`committed_accompaniment_cents` integer NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`end_date` text,
	`end_reason` text,
	`end_comment` text,
	`retention_due_on` text,
	`retention_outcome` text,
	`retention_checked_on` text,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`phase_id`) REFERENCES `phases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`business_id`) REFERENCES `businesses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`job_seeker_id`) REFERENCES `job_seekers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`posting_id`) REFERENCES `postings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "pairings_status" CHECK("pairings"."status" IN ('active','completed','ended_early')),
	CONSTRAINT "pairings_money" CHECK("pairings"."max_wage_subsidy_cents" >= 0 AND "pairings"."accompaniment_cents" >= 0 AND "pairings"."committed_wage_cents" BETWEEN 0 AND "pairings"."max_wage_subsidy_cents" AND "pairings"."committed_accompaniment_cents" BETWEEN 0 AND "pairings"."accompaniment_cents"),
	CONSTRAINT "pairings_terms" CHECK("pairings"."hours_per_week" > 0 AND "pairings"."planned_weeks" > 0 AND "pairings"."hourly_wage_cents" > 0),
	CONSTRAINT "pairings_retention" CHECK("pairings"."retention_outcome" IS NULL OR "pairings"."retention_outcome" IN ('employed','not_employed','unknown'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pairings_proposalId_unique` ON `pairings` (`proposal_id`);--> statement-breakpoint
CREATE INDEX `pairings_phase_org_idx` ON `pairings` (`phase_id`,`organisation_id`,`status`);--> statement-breakpoint
CREATE INDEX `pairings_business_idx` ON `pairings` (`business_id`,`status`);--> statement-breakpoint
CREATE INDEX `pairings_seeker_idx` ON `pairings` (`job_seeker_id`,`status`);--> statement-breakpoint
CREATE TABLE `phase_organisations` (
	`phase_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`pairing_target` integer DEFAULT 0 NOT NULL,
	`wage_allocation_cents` integer,
	`accompaniment_allocation_cents` integer,
	PRIMARY KEY(`phase_id`, `organisation_id`),
	FOREIGN KEY (`phase_id`) REFERENCES `phases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "phase_org_target" CHECK("phase_organisations"."pairing_target" >= 0),
	CONSTRAINT "phase_org_allocations" CHECK(("phase_organisations"."wage_allocation_cents" IS NULL OR "phase_organisations"."wage_allocation_cents" >= 0) AND ("phase_organisations"."accompaniment_allocation_cents" IS NULL OR "phase_organisations"."accompaniment_allocation_cents" >= 0))
);
--> statement-breakpoint
CREATE INDEX `phase_org_org_idx` ON `phase_organisations` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `phases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` integer NOT NULL,
	`name` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`wage_envelope_cents` integer DEFAULT 0 NOT NULL,
	`accompaniment_envelope_cents` integer DEFAULT 0 NOT NULL,
	`rules` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`opened_at` text,
	`closed_at` text,
	CONSTRAINT "phases_status" CHECK("phases"."status" IN ('draft','open','closed')),
	CONSTRAINT "phases_dates" CHECK("phases"."start_date" <= "phases"."end_date"),
	CONSTRAINT "phases_envelopes" CHECK("phases"."wage_envelope_cents" >= 0 AND "phases"."accompaniment_envelope_cents" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `phases_number_unique` ON `phases` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `phases_one_open` ON `phases` (`status`) WHERE status = 'open';--> statement-breakpoint
CREATE TABLE `postings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`business_id` integer NOT NULL,
	`title` text NOT NULL,
	`noc_code` text NOT NULL,
	`region_code` text NOT NULL,
	`city` text NOT NULL,
	`hours_per_week` integer NOT NULL,
	`hourly_wage_cents` integer NOT NULL,
	`positions` integer NOT NULL,
	`start_date` text NOT NULL,
	`duration_weeks` integer NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`requirements` text DEFAULT '' NOT NULL,
	`skills` text DEFAULT '[]' NOT NULL,
	`languages` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`created_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`opened_at` text,
	`closed_at` text,
	FOREIGN KEY (`business_id`) REFERENCES `businesses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "postings_status" CHECK("postings"."status" IN ('draft','open','filled','closed')),
	CONSTRAINT "postings_noc" CHECK("postings"."noc_code" GLOB '[0-9][0-9][0-9][0-9][0-9]'),
	CONSTRAINT "postings_region" CHECK("postings"."region_code" GLOB '[01][0-9]'),
	CONSTRAINT "postings_hours" CHECK("postings"."hours_per_week" BETWEEN 1 AND 80),
	CONSTRAINT "postings_wage" CHECK("postings"."hourly_wage_cents" BETWEEN 1 AND 100000),
	CONSTRAINT "postings_positions" CHECK("postings"."positions" BETWEEN 1 AND 500),
	CONSTRAINT "postings_duration" CHECK("postings"."duration_weeks" BETWEEN 1 AND 260)
);
--> statement-breakpoint
CREATE INDEX `postings_business_idx` ON `postings` (`business_id`,`status`);--> statement-breakpoint
CREATE INDEX `postings_status_region_idx` ON `postings` (`status`,`region_code`,`id`);--> statement-breakpoint
CREATE INDEX `postings_status_noc_idx` ON `postings` (`status`,`noc_code`);--> statement-breakpoint
CREATE TABLE `proposal_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`proposal_id` integer NOT NULL,
	`at` text NOT NULL,
	`actor_user_id` integer,
	`from_status` text,
	`to_status` text NOT NULL,
	`reason` text,
	`comment` text,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `proposal_events_proposal_idx` ON `proposal_events` (`proposal_id`,`at`);--> statement-breakpoint
CREATE TABLE `proposals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`posting_id` integer NOT NULL,
	`job_seeker_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`proposed_by` integer NOT NULL,
	`message` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'proposed' NOT NULL,
	`decline_reason` text,
	`decline_comment` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`answered_at` text,
	`reminder_sent_at` text,
	`seen_by_organisation_at` text,
	`seen_by_employer_at` text,
	FOREIGN KEY (`posting_id`) REFERENCES `postings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`job_seeker_id`) REFERENCES `job_seekers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "proposals_status" CHECK("proposals"."status" IN ('proposed','interview','hired','declined','withdrawn','expired'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `proposals_active_unique` ON `proposals` (`posting_id`,`job_seeker_id`) WHERE status IN ('proposed','interview');--> statement-breakpoint
CREATE INDEX `proposals_posting_idx` ON `proposals` (`posting_id`,`status`);--> statement-breakpoint
CREATE INDEX `proposals_org_idx` ON `proposals` (`organisation_id`,`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `proposals_seeker_idx` ON `proposals` (`job_seeker_id`,`status`);--> statement-breakpoint
CREATE INDEX `proposals_status_created_idx` ON `proposals` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `account_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`purpose` text NOT NULL,
	`token_hash` text NOT NULL,
	`user_id` integer NOT NULL,
	`created_by` integer,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "account_tokens_purpose" CHECK("account_tokens"."purpose" IN ('invitation','password_reset'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `account_tokens_tokenHash_unique` ON `account_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `account_tokens_user_idx` ON `account_tokens` (`user_id`,`purpose`);--> statement-breakpoint
CREATE TABLE `login_failures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_failures_key_at_idx` ON `login_failures` (`key`,`at`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`absolute_expires_at` text NOT NULL,
	`ip` text,
	`user_agent` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`organisation_id` integer,
	`business_id` integer,
	`locale` text DEFAULT 'fr-CA' NOT NULL,
	`password_hash` text,
	`status` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`business_id`) REFERENCES `businesses`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "users_role" CHECK("users"."role" IN ('coordinator','org_admin','counsellor','employer')),
	CONSTRAINT "users_status" CHECK("users"."status" IN ('invited','active','disabled')),
	CONSTRAINT "users_locale" CHECK("users"."locale" IN ('fr-CA','en-CA')),
	CONSTRAINT "users_affiliation" CHECK(("users"."role" = 'coordinator' AND "users"."organisation_id" IS NULL AND "users"."business_id" IS NULL)
       OR ("users"."role" IN ('org_admin','counsellor') AND "users"."organisation_id" IS NOT NULL AND "users"."business_id" IS NULL)
       OR ("users"."role" = 'employer' AND "users"."business_id" IS NOT NULL AND "users"."organisation_id" IS NULL)),
	CONSTRAINT "users_active_has_password" CHECK("users"."status" <> 'active' OR "users"."password_hash" IS NOT NULL)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_organisation_idx` ON `users` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `users_business_idx` ON `users` (`business_id`);