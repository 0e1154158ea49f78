CREATE TABLE `program_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`retention_years` integer DEFAULT 7 NOT NULL,
	`privacy_officer_name` text DEFAULT '' NOT NULL,
	`privacy_officer_title` text DEFAULT '' NOT NULL,
	`privacy_officer_email` text DEFAULT '' NOT NULL,
	`privacy_officer_phone` text DEFAULT '' NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "program_settings_single" CHECK("program_settings"."id" = 1),
	CONSTRAINT "program_settings_retention" CHECK("program_settings"."retention_years" BETWEEN 1 AND 50)
);
--> statement-breakpoint
ALTER TABLE `job_seekers` ADD `closed_at` text;--> statement-breakpoint
ALTER TABLE `job_seekers` ADD `anonymised_at` text;