CREATE TABLE `report_counts` (
	`phase_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`dim` text NOT NULL,
	`key` text NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`phase_id`, `organisation_id`, `dim`, `key`),
	CONSTRAINT "report_counts_dim" CHECK("report_counts"."dim" IN ('status','outcome','due','week','place','group'))
);
--> statement-breakpoint
CREATE TABLE `report_people` (
	`phase_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`job_seeker_id` integer NOT NULL,
	`grp` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`phase_id`, `organisation_id`, `job_seeker_id`, `grp`)
);
--> statement-breakpoint
CREATE INDEX `pairings_posting_idx` ON `pairings` (`posting_id`);
--> statement-breakpoint
-- Backfill from the existing pairings: every pairing counts once in its organisation's scope and
-- once in the whole phase's (organisation 0), under each of its keys.
INSERT INTO `report_counts` (`phase_id`, `organisation_id`, `dim`, `key`, `n`)
WITH `k` AS (
  SELECT `phase_id`, `organisation_id`, 'status' AS `dim`, `status` AS `key` FROM `pairings`
  UNION ALL SELECT `phase_id`, `organisation_id`, 'outcome', `retention_outcome` FROM `pairings`
  UNION ALL SELECT `phase_id`, `organisation_id`, 'due', CASE WHEN `retention_outcome` IS NULL THEN `retention_due_on` END FROM `pairings`
  UNION ALL SELECT `phase_id`, `organisation_id`, 'week', date(`start_date`, 'weekday 0', '-6 days') FROM `pairings`
  UNION ALL SELECT p.`phase_id`, p.`organisation_id`, 'place', po.`region_code` || '/' || substr(po.`noc_code`, 1, 1)
    FROM `pairings` p INNER JOIN `postings` po ON po.`id` = p.`posting_id`
)
SELECT `phase_id`, `organisation_id`, `dim`, `key`, count(*) FROM (
  SELECT `phase_id`, `organisation_id`, `dim`, `key` FROM `k`
  UNION ALL SELECT `phase_id`, 0, `dim`, `key` FROM `k`
) WHERE `key` IS NOT NULL
GROUP BY `phase_id`, `organisation_id`, `dim`, `key`;
--> statement-breakpoint
INSERT INTO `report_people` (`phase_id`, `organisation_id`, `job_seeker_id`, `grp`, `n`)
WITH `g` AS (
  SELECT DISTINCT p.`id`, p.`phase_id`, p.`organisation_id`, p.`job_seeker_id`, j.`value` AS `grp`
  FROM `pairings` p, json_each(p.`client_groups`) j
)
SELECT `phase_id`, `organisation_id`, `job_seeker_id`, `grp`, count(*) FROM (
  SELECT `phase_id`, `organisation_id`, `job_seeker_id`, `grp` FROM `g`
  UNION ALL SELECT `phase_id`, 0, `job_seeker_id`, `grp` FROM `g`
)
GROUP BY `phase_id`, `organisation_id`, `job_seeker_id`, `grp`;
--> statement-breakpoint
INSERT INTO `report_counts` (`phase_id`, `organisation_id`, `dim`, `key`, `n`)
SELECT `phase_id`, `organisation_id`, 'group', `grp`, count(*) FROM `report_people`
GROUP BY `phase_id`, `organisation_id`, `grp`;
--> statement-breakpoint
-- From here on the database keeps the counts itself. Each trigger removes the contribution of
-- the row as it was (OLD) and adds the row as it is (NEW), so the order in which triggers on the
-- same table fire never matters (pairings_client_groups_snapshot updates a pairing just inserted).
-- Every hire inserts a pairing: its trigger is one plain statement per scope and key (cheaper
-- than one statement over a cross join, which SQLite materialises); the client groups, empty
-- until the snapshot trigger copies them, are added by report_people_pairing_update.
CREATE TRIGGER `report_counts_pairing_insert` AFTER INSERT ON `pairings`
BEGIN
  INSERT INTO `report_counts` (`phase_id`, `organisation_id`, `dim`, `key`, `n`)
  SELECT NEW.`phase_id`, NEW.`organisation_id`, 'status', NEW.`status`, 1 WHERE true
  ON CONFLICT (`phase_id`, `organisation_id`, `dim`, `key`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `report_counts` (`phase_id`, `organisation_id`, `dim`, `key`, `n`)
  SELECT NEW.`phase_id`, 0, 'status', NEW.`status`, 1 WHERE true
  ON CONFLICT (`phase_id`, `organisation_id`, `dim`, `key`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `report_counts` (`phase_id`, `organisation_id`, `dim`, `key`, `n`)
  SELECT NEW.`phase_id`, NEW.`organisation_id`, 'outcome', NEW.`retention_outcome`, 1
  WHERE NEW.`retention_outcome` IS NOT NULL
  ON CONFLICT (`phase_id`, `organisation_id`, `dim`, `key`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `report_counts` (`phase_id`, `organisation_id`, `dim`, `key`, `n`)
  SELECT NEW.`phase_id`, 0, 'outcome', NEW.`retention_outcome`, 1
  WHERE NEW.`retention_outcome` IS NOT NULL
  ON CONFLICT (`phase_id`, `organisation_id`, `dim`, `key`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `report_counts` (`phase_id`, `organisation_id`, `dim`, `key`, `n`)
  SELECT NEW.`phase_id`, NEW.`organisation_id`, 'due', NEW.`retention_due_on`, 1
  WHERE NEW.`retention_outcome` IS NULL AND NEW.`retention_due_on` IS NOT NULL
  ON CONFLICT (`phase_id`, `organisation_id`, `dim`, `key`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `report_counts` (`phase_id`, `organisation_id`, `dim`, `key`, `n`)
  SELECT NEW.`phase_id`, 0, 'due', NEW.`retention_due_on`, 1
  WHERE NEW.`retention_outcome` IS NULL AND NEW.`retention_due_on` IS NOT NULL
  ON CONFLICT (`phase_id`, `organisation_id`, `dim`, `key`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `report_counts` (`phase_id`, `organisation_id`, `dim`, `key`, `n`)
  SELECT NEW.`phase_id`, NEW.`organisation_id`, 'week', date(NEW.`start_date`, 'weekday 0', '-6 days'), 1 WHERE true
  ON CONFLICT (`phase_id`, `organisation_id`, `dim`, `key`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `report_counts` (`phase_id`, `organisation_id`, `dim`, `key`, `n`)
  SELECT NEW.`phase_id`, 0, 'week', date(NEW.`start_date`, 'weekday 0', '-6 days'), 1 WHERE true
  ON CONFLICT (`phase_id`, `organisation_id`, `dim`, `key`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `report_counts` (`phase_id`, `organisation_id`, `dim`, `key`, `n`)
  SELECT NEW.`phase_id`, NEW.`organisation_id`, 'place', (SELECT `region_code` || '/' || substr(`noc_code`, 1, 1) FROM `postings` WHERE `id` = NEW.`posting_id`), 1 WHERE true
  ON CONFLICT (`phase_id`, `organisation_id`, `dim`, `key`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `report_counts` (`phase_id`, `organisation_id`, `dim`, `key`, `n`)
  SELECT NEW.`phase_id`, 0, 'place', (SELECT `region_code` || '/' || substr(`noc_code`, 1, 1) FROM `postings` WHERE `id` = NEW.`posting_id`), 1 WHERE true
  ON CONFLICT (`phase_id`, `organisation_id`, `dim`, `key`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `report_people_pairing_insert` AFTER INSERT ON `pairings`
WHEN json_array_length(NEW.`client_groups`) > 0
BEGIN
  INSERT INTO `report_counts` (`phase_id`, `organisation_id`, `dim`, `key`, `n`)
  SELECT NEW.`phase_id`, s.`organisation_id`, 'group', g.`grp`, 1
  FROM (SELECT NEW.`organisation_id` AS `organisation_id` UNION ALL SELECT 0) AS s, (SELECT DISTINCT `value` AS `grp` FROM json_each(NEW.`client_groups`)) AS g
  WHERE NOT EXISTS (SELECT 1 FROM `report_people` p WHERE p.`phase_id` = NEW.`phase_id`
    AND p.`organisation_id` = s.`organisation_id` AND p.`job_seeker_id` = NEW.`job_seeker_id` AND p.`grp` = g.`grp`)
  ON CONFLICT (`phase_id`, `organisation_id`, `dim`, `key`) DO UPDATE SET `n` = `n` + excluded.`n`;
  INSERT INTO `report_people` (`phase_id`, `organisation_id`, `job_seeker_id`, `grp`, `n`)
  SELECT NEW.`phase_id`, s.`organisation_id`, NEW.`job_seeker_id`, g.`grp`, 1
  FROM (SELECT NEW.`organisation_id` AS `organisation_id` UNION ALL SELECT 0) AS s, (SELECT DISTINCT `value` AS `grp` FROM json_each(NEW.`client_groups`)) AS g
  WHERE true
  ON CONFLICT (`phase_id`, `organisation_id`, `job_seeker_id`, `grp`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `report_counts_pairing_update`
AFTER UPDATE OF `phase_id`, `organisation_id`, `posting_id`, `status`, `retention_outcome`, `retention_due_on`, `start_date` ON `pairings`
WHEN OLD.`phase_id` IS NOT NEW.`phase_id`
  OR OLD.`organisation_id` IS NOT NEW.`organisation_id`
  OR OLD.`posting_id` IS NOT NEW.`posting_id`
  OR OLD.`status` IS NOT NEW.`status`
  OR OLD.`retention_outcome` IS NOT NEW.`retention_outcome`
  OR OLD.`retention_due_on` IS NOT NEW.`retention_due_on`
  OR OLD.`start_date` IS NOT NEW.`start_date`
BEGIN
  INSERT INTO `report_counts` (`phase_id`, `organisation_id`, `dim`, `key`, `n`)
  SELECT OLD.`phase_id`, s.`organisation_id`, k.`dim`, k.`key`, -1
  FROM (SELECT OLD.`organisation_id` AS `organisation_id` UNION ALL SELECT 0) AS s,
    (SELECT 'status' AS `dim`, OLD.`status` AS `key`
     UNION ALL SELECT 'outcome', OLD.`retention_outcome`
     UNION ALL SELECT 'due', CASE WHEN OLD.`retention_outcome` IS NULL THEN OLD.`retention_due_on` END
     UNION ALL SELECT 'week', date(OLD.`start_date`, 'weekday 0', '-6 days')
     UNION ALL SELECT 'place', (SELECT `region_code` || '/' || substr(`noc_code`, 1, 1) FROM `postings` WHERE `id` = OLD.`posting_id`)) AS k
  WHERE k.`key` IS NOT NULL
  ON CONFLICT (`phase_id`, `organisation_id`, `dim`, `key`) DO UPDATE SET `n` = `n` + excluded.`n`;
  INSERT INTO `report_counts` (`phase_id`, `organisation_id`, `dim`, `key`, `n`)
  SELECT NEW.`phase_id`, s.`organisation_id`, k.`dim`, k.`key`, 1
  FROM (SELECT NEW.`organisation_id` AS `organisation_id` UNION ALL SELECT 0) AS s,
    (SELECT 'status' AS `dim`, NEW.`status` AS `key`
     UNION ALL SELECT 'outcome', NEW.`retention_outcome`
     UNION ALL SELECT 'due', CASE WHEN NEW.`retention_outcome` IS NULL THEN NEW.`retention_due_on` END
     UNION ALL SELECT 'week', date(NEW.`start_date`, 'weekday 0', '-6 days')
     UNION ALL SELECT 'place', (SELECT `region_code` || '/' || substr(`noc_code`, 1, 1) FROM `postings` WHERE `id` = NEW.`posting_id`)) AS k
  WHERE k.`key` IS NOT NULL
  ON CONFLICT (`phase_id`, `organisation_id`, `dim`, `key`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;
--> statement-breakpoint
CREATE TRIGGER `report_people_pairing_update`
AFTER UPDATE OF `phase_id`, `organisation_id`, `job_seeker_id`, `client_groups` ON `pairings`
WHEN OLD.`phase_id` IS NOT NEW.`phase_id`
  OR OLD.`organisation_id` IS NOT NEW.`organisation_id`
  OR OLD.`job_seeker_id` IS NOT NEW.`job_seeker_id`
  OR OLD.`client_groups` IS NOT NEW.`client_groups`
BEGIN
  UPDATE `report_people` SET `n` = `n` - 1
  WHERE `phase_id` = OLD.`phase_id` AND `organisation_id` IN (OLD.`organisation_id`, 0)
    AND `job_seeker_id` = OLD.`job_seeker_id`
    AND `grp` IN (SELECT `value` FROM json_each(OLD.`client_groups`));
  INSERT INTO `report_counts` (`phase_id`, `organisation_id`, `dim`, `key`, `n`)
  SELECT `phase_id`, `organisation_id`, 'group', `grp`, -1 FROM `report_people`
  WHERE `phase_id` = OLD.`phase_id` AND `organisation_id` IN (OLD.`organisation_id`, 0)
    AND `job_seeker_id` = OLD.`job_seeker_id` AND `n` = 0
  ON CONFLICT (`phase_id`, `organisation_id`, `dim`, `key`) DO UPDATE SET `n` = `n` + excluded.`n`;
  DELETE FROM `report_people`
  WHERE `phase_id` = OLD.`phase_id` AND `organisation_id` IN (OLD.`organisation_id`, 0)
    AND `job_seeker_id` = OLD.`job_seeker_id` AND `n` = 0;
  INSERT INTO `report_counts` (`phase_id`, `organisation_id`, `dim`, `key`, `n`)
  SELECT NEW.`phase_id`, s.`organisation_id`, 'group', g.`grp`, 1
  FROM (SELECT NEW.`organisation_id` AS `organisation_id` UNION ALL SELECT 0) AS s, (SELECT DISTINCT `value` AS `grp` FROM json_each(NEW.`client_groups`)) AS g
  WHERE NOT EXISTS (SELECT 1 FROM `report_people` p WHERE p.`phase_id` = NEW.`phase_id`
    AND p.`organisation_id` = s.`organisation_id` AND p.`job_seeker_id` = NEW.`job_seeker_id` AND p.`grp` = g.`grp`)
  ON CONFLICT (`phase_id`, `organisation_id`, `dim`, `key`) DO UPDATE SET `n` = `n` + excluded.`n`;
  INSERT INTO `report_people` (`phase_id`, `organisation_id`, `job_seeker_id`, `grp`, `n`)
  SELECT NEW.`phase_id`, s.`organisation_id`, NEW.`job_seeker_id`, g.`grp`, 1
  FROM (SELECT NEW.`organisation_id` AS `organisation_id` UNION ALL SELECT 0) AS s, (SELECT DISTINCT `value` AS `grp` FROM json_each(NEW.`client_groups`)) AS g
  WHERE true
  ON CONFLICT (`phase_id`, `organisation_id`, `job_seeker_id`, `grp`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `report_counts_pairing_delete` AFTER DELETE ON `pairings`
BEGIN
  INSERT INTO `report_counts` (`phase_id`, `organisation_id`, `dim`, `key`, `n`)
  SELECT OLD.`phase_id`, s.`organisation_id`, k.`dim`, k.`key`, -1
  FROM (SELECT OLD.`organisation_id` AS `organisation_id` UNION ALL SELECT 0) AS s,
    (SELECT 'status' AS `dim`, OLD.`status` AS `key`
     UNION ALL SELECT 'outcome', OLD.`retention_outcome`
     UNION ALL SELECT 'due', CASE WHEN OLD.`retention_outcome` IS NULL THEN OLD.`retention_due_on` END
     UNION ALL SELECT 'week', date(OLD.`start_date`, 'weekday 0', '-6 days')
     UNION ALL SELECT 'place', (SELECT `region_code` || '/' || substr(`noc_code`, 1, 1) FROM `postings` WHERE `id` = OLD.`posting_id`)) AS k
  WHERE k.`key` IS NOT NULL
  ON CONFLICT (`phase_id`, `organisation_id`, `dim`, `key`) DO UPDATE SET `n` = `n` + excluded.`n`;
  UPDATE `report_people` SET `n` = `n` - 1
  WHERE `phase_id` = OLD.`phase_id` AND `organisation_id` IN (OLD.`organisation_id`, 0)
    AND `job_seeker_id` = OLD.`job_seeker_id`
    AND `grp` IN (SELECT `value` FROM json_each(OLD.`client_groups`));
  INSERT INTO `report_counts` (`phase_id`, `organisation_id`, `dim`, `key`, `n`)
  SELECT `phase_id`, `organisation_id`, 'group', `grp`, -1 FROM `report_people`
  WHERE `phase_id` = OLD.`phase_id` AND `organisation_id` IN (OLD.`organisation_id`, 0)
    AND `job_seeker_id` = OLD.`job_seeker_id` AND `n` = 0
  ON CONFLICT (`phase_id`, `organisation_id`, `dim`, `key`) DO UPDATE SET `n` = `n` + excluded.`n`;
  DELETE FROM `report_people`
  WHERE `phase_id` = OLD.`phase_id` AND `organisation_id` IN (OLD.`organisation_id`, 0)
    AND `job_seeker_id` = OLD.`job_seeker_id` AND `n` = 0;
END;
--> statement-breakpoint
-- A posting's region or occupation category moves its pairings' 'place'.
CREATE TRIGGER `report_counts_posting_update` AFTER UPDATE OF `region_code`, `noc_code` ON `postings`
WHEN OLD.`region_code` IS NOT NEW.`region_code` OR substr(OLD.`noc_code`, 1, 1) IS NOT substr(NEW.`noc_code`, 1, 1)
BEGIN
  INSERT INTO `report_counts` (`phase_id`, `organisation_id`, `dim`, `key`, `n`)
  SELECT `phase_id`, `scope`, 'place', `key`, sum(`d`) FROM (
    SELECT `phase_id`, `organisation_id` AS `scope`, OLD.`region_code` || '/' || substr(OLD.`noc_code`, 1, 1) AS `key`, -1 AS `d`
    FROM `pairings` WHERE `posting_id` = OLD.`id`
    UNION ALL SELECT `phase_id`, 0, OLD.`region_code` || '/' || substr(OLD.`noc_code`, 1, 1), -1
    FROM `pairings` WHERE `posting_id` = OLD.`id`
    UNION ALL SELECT `phase_id`, `organisation_id`, NEW.`region_code` || '/' || substr(NEW.`noc_code`, 1, 1), 1
    FROM `pairings` WHERE `posting_id` = NEW.`id`
    UNION ALL SELECT `phase_id`, 0, NEW.`region_code` || '/' || substr(NEW.`noc_code`, 1, 1), 1
    FROM `pairings` WHERE `posting_id` = NEW.`id`
  ) WHERE true
  GROUP BY `phase_id`, `scope`, `key`
  ON CONFLICT (`phase_id`, `organisation_id`, `dim`, `key`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;
