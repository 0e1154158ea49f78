CREATE TABLE `entries_to_pay` (
	`ledger_entry_id` integer PRIMARY KEY NOT NULL,
	`amount_cents` integer NOT NULL,
	FOREIGN KEY (`ledger_entry_id`) REFERENCES `ledger_entries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- Backfill: every entry approved, not a reversal, not reversed and not paid.
INSERT INTO `entries_to_pay` (`ledger_entry_id`, `amount_cents`)
SELECT l.`id`, l.`amount_cents` FROM `ledger_entries` l
WHERE l.`kind` <> 'reversal'
  AND NOT EXISTS (SELECT 1 FROM `payments` p WHERE p.`ledger_entry_id` = l.`id`)
  AND NOT EXISTS (SELECT 1 FROM `ledger_entries` r WHERE r.`reverses_entry_id` = l.`id`);
--> statement-breakpoint
-- From here on the database keeps the list itself (ledger_entries and payments are append-only:
-- inserts are all there is). An approved entry waits for payment...
CREATE TRIGGER `entries_to_pay_entry` AFTER INSERT ON `ledger_entries`
WHEN NEW.`kind` <> 'reversal'
BEGIN
  INSERT INTO `entries_to_pay` (`ledger_entry_id`, `amount_cents`) VALUES (NEW.`id`, NEW.`amount_cents`);
END;
--> statement-breakpoint
-- ...until it is reversed...
CREATE TRIGGER `entries_to_pay_reversal` AFTER INSERT ON `ledger_entries`
WHEN NEW.`reverses_entry_id` IS NOT NULL
BEGIN
  DELETE FROM `entries_to_pay` WHERE `ledger_entry_id` = NEW.`reverses_entry_id`;
END;
--> statement-breakpoint
-- ...or paid.
CREATE TRIGGER `entries_to_pay_payment` AFTER INSERT ON `payments`
BEGIN
  DELETE FROM `entries_to_pay` WHERE `ledger_entry_id` = NEW.`ledger_entry_id`;
END;
