PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_claims` (
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
	CONSTRAINT "claims_status" CHECK("__new_claims"."status" IN ('submitted','approved','rejected','reversed')),
	CONSTRAINT "claims_period" CHECK("__new_claims"."period_start" <= "__new_claims"."period_end"),
	CONSTRAINT "claims_amounts" CHECK("__new_claims"."hours_worked_hundredths" > 0 AND "__new_claims"."gross_wages_cents" > 0 AND "__new_claims"."amount_cents" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_claims`("id", "pairing_id", "period_start", "period_end", "hours_worked_hundredths", "gross_wages_cents", "amount_cents", "status", "reject_reason", "reject_comment", "submitted_by", "submitted_at", "reviewed_by", "reviewed_at") SELECT "id", "pairing_id", "period_start", "period_end", "hours_worked_hundredths", "gross_wages_cents", "amount_cents", "status", "reject_reason", "reject_comment", "submitted_by", "submitted_at", "reviewed_by", "reviewed_at" FROM `claims`;--> statement-breakpoint
DROP TABLE `claims`;--> statement-breakpoint
ALTER TABLE `__new_claims` RENAME TO `claims`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `claims_pairing_idx` ON `claims` (`pairing_id`,`period_start`);--> statement-breakpoint
CREATE INDEX `claims_status_idx` ON `claims` (`status`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `claims_status_id_idx` ON `claims` (`status`,`id`);--> statement-breakpoint
CREATE INDEX `claims_submitted_idx` ON `claims` (`submitted_at`,`id`);--> statement-breakpoint
CREATE INDEX `claims_amount_idx` ON `claims` (`amount_cents`,`id`);--> statement-breakpoint
CREATE INDEX `claims_status_amount_idx` ON `claims` (`status`,`amount_cents`,`id`);--> statement-breakpoint
CREATE TABLE `__new_tranches` (
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
	CONSTRAINT "tranches_status" CHECK("__new_tranches"."status" IN ('due','approved','rejected','reversed')),
	CONSTRAINT "tranches_amount" CHECK("__new_tranches"."amount_cents" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_tranches`("id", "pairing_id", "milestone", "amount_cents", "status", "due_on", "reject_reason", "reject_comment", "reviewed_by", "reviewed_at") SELECT "id", "pairing_id", "milestone", "amount_cents", "status", "due_on", "reject_reason", "reject_comment", "reviewed_by", "reviewed_at" FROM `tranches`;--> statement-breakpoint
DROP TABLE `tranches`;--> statement-breakpoint
ALTER TABLE `__new_tranches` RENAME TO `tranches`;--> statement-breakpoint
CREATE UNIQUE INDEX `tranches_pairing_milestone` ON `tranches` (`pairing_id`,`milestone`) WHERE status <> 'reversed';--> statement-breakpoint
CREATE INDEX `tranches_status_idx` ON `tranches` (`status`,`due_on`);