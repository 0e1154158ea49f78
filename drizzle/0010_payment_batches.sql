CREATE TABLE `payment_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_key` text NOT NULL,
	`paid_on` text NOT NULL,
	`reference` text NOT NULL,
	`ledger_entry_ids` text NOT NULL,
	`total_cents` integer NOT NULL,
	`recorded_by` integer NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "payment_batches_total" CHECK("payment_batches"."total_cents" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payment_batches_batchKey_unique` ON `payment_batches` (`batch_key`);--> statement-breakpoint
ALTER TABLE `payments` ADD `batch_id` integer REFERENCES payment_batches(id);--> statement-breakpoint
CREATE INDEX `payments_batch_idx` ON `payments` (`batch_id`);