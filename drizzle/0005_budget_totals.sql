CREATE TABLE `budget_totals` (
	`phase_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`fund` text NOT NULL,
	`committed_cents` integer DEFAULT 0 NOT NULL,
	`approved_cents` integer DEFAULT 0 NOT NULL,
	`paid_cents` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`phase_id`, `organisation_id`, `fund`),
	CONSTRAINT "budget_totals_fund" CHECK("budget_totals"."fund" IN ('wage','accompaniment'))
);
--> statement-breakpoint
-- Backfill from the existing rows: committed from the pairings, approved from the ledger
-- (reversals included), paid from the ledger entries that have a payment.
INSERT INTO `budget_totals` (`phase_id`, `organisation_id`, `fund`, `committed_cents`, `approved_cents`, `paid_cents`)
SELECT `phase_id`, `organisation_id`, `fund`, sum(`c`), sum(`a`), sum(`p`) FROM (
  SELECT `phase_id`, `organisation_id`, 'wage' AS `fund`, `committed_wage_cents` AS `c`, 0 AS `a`, 0 AS `p` FROM `pairings`
  UNION ALL
  SELECT `phase_id`, `organisation_id`, 'accompaniment', `committed_accompaniment_cents`, 0, 0 FROM `pairings`
  UNION ALL
  SELECT `phase_id`, `organisation_id`, `fund`, 0, `amount_cents`, 0 FROM `ledger_entries`
  UNION ALL
  SELECT l.`phase_id`, l.`organisation_id`, l.`fund`, 0, 0, l.`amount_cents`
  FROM `payments` p INNER JOIN `ledger_entries` l ON l.`id` = p.`ledger_entry_id`
) GROUP BY `phase_id`, `organisation_id`, `fund`;
--> statement-breakpoint
-- From here on the database keeps the aggregates itself, inside the transaction that changes
-- the rows (ledger_entries and payments are append-only: inserts are all there is).
CREATE TRIGGER `budget_totals_pairing_insert` AFTER INSERT ON `pairings`
BEGIN
  INSERT INTO `budget_totals` (`phase_id`, `organisation_id`, `fund`, `committed_cents`)
  VALUES (NEW.`phase_id`, NEW.`organisation_id`, 'wage', NEW.`committed_wage_cents`)
  ON CONFLICT (`phase_id`, `organisation_id`, `fund`)
  DO UPDATE SET `committed_cents` = `committed_cents` + excluded.`committed_cents`;
  INSERT INTO `budget_totals` (`phase_id`, `organisation_id`, `fund`, `committed_cents`)
  VALUES (NEW.`phase_id`, NEW.`organisation_id`, 'accompaniment', NEW.`committed_accompaniment_cents`)
  ON CONFLICT (`phase_id`, `organisation_id`, `fund`)
  DO UPDATE SET `committed_cents` = `committed_cents` + excluded.`committed_cents`;
END;
--> statement-breakpoint
CREATE TRIGGER `budget_totals_pairing_update`
AFTER UPDATE OF `phase_id`, `organisation_id`, `committed_wage_cents`, `committed_accompaniment_cents` ON `pairings`
WHEN OLD.`phase_id` IS NOT NEW.`phase_id` OR OLD.`organisation_id` IS NOT NEW.`organisation_id`
  OR OLD.`committed_wage_cents` IS NOT NEW.`committed_wage_cents`
  OR OLD.`committed_accompaniment_cents` IS NOT NEW.`committed_accompaniment_cents`
BEGIN
  UPDATE `budget_totals` SET `committed_cents` = `committed_cents` - OLD.`committed_wage_cents`
  WHERE `phase_id` = OLD.`phase_id` AND `organisation_id` = OLD.`organisation_id` AND `fund` = 'wage';
  UPDATE `budget_totals` SET `committed_cents` = `committed_cents` - OLD.`committed_accompaniment_cents`
  WHERE `phase_id` = OLD.`phase_id` AND `organisation_id` = OLD.`organisation_id` AND `fund` = 'accompaniment';
  INSERT INTO `budget_totals` (`phase_id`, `organisation_id`, `fund`, `committed_cents`)
  VALUES (NEW.`phase_id`, NEW.`organisation_id`, 'wage', NEW.`committed_wage_cents`)
  ON CONFLICT (`phase_id`, `organisation_id`, `fund`)
  DO UPDATE SET `committed_cents` = `committed_cents` + excluded.`committed_cents`;
  INSERT INTO `budget_totals` (`phase_id`, `organisation_id`, `fund`, `committed_cents`)
  VALUES (NEW.`phase_id`, NEW.`organisation_id`, 'accompaniment', NEW.`committed_accompaniment_cents`)
  ON CONFLICT (`phase_id`, `organisation_id`, `fund`)
  DO UPDATE SET `committed_cents` = `committed_cents` + excluded.`committed_cents`;
END;
--> statement-breakpoint
CREATE TRIGGER `budget_totals_pairing_delete` AFTER DELETE ON `pairings`
BEGIN
  UPDATE `budget_totals` SET `committed_cents` = `committed_cents` - OLD.`committed_wage_cents`
  WHERE `phase_id` = OLD.`phase_id` AND `organisation_id` = OLD.`organisation_id` AND `fund` = 'wage';
  UPDATE `budget_totals` SET `committed_cents` = `committed_cents` - OLD.`committed_accompaniment_cents`
  WHERE `phase_id` = OLD.`phase_id` AND `organisation_id` = OLD.`organisation_id` AND `fund` = 'accompaniment';
END;
--> statement-breakpoint
CREATE TRIGGER `budget_totals_ledger_insert` AFTER INSERT ON `ledger_entries`
BEGIN
  INSERT INTO `budget_totals` (`phase_id`, `organisation_id`, `fund`, `approved_cents`)
  VALUES (NEW.`phase_id`, NEW.`organisation_id`, NEW.`fund`, NEW.`amount_cents`)
  ON CONFLICT (`phase_id`, `organisation_id`, `fund`)
  DO UPDATE SET `approved_cents` = `approved_cents` + excluded.`approved_cents`;
END;
--> statement-breakpoint
CREATE TRIGGER `budget_totals_payment_insert` AFTER INSERT ON `payments`
BEGIN
  INSERT INTO `budget_totals` (`phase_id`, `organisation_id`, `fund`, `paid_cents`)
  SELECT `phase_id`, `organisation_id`, `fund`, `amount_cents` FROM `ledger_entries`
  WHERE `id` = NEW.`ledger_entry_id`
  ON CONFLICT (`phase_id`, `organisation_id`, `fund`)
  DO UPDATE SET `paid_cents` = `paid_cents` + excluded.`paid_cents`;
END;
