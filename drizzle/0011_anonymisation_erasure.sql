-- Anonymisation and the append-only tables. A person's personal text can sit in rows that are
-- otherwise never changed: the comment of a proposal's transition (an employer's decline) and
-- the note of a ledger entry (a reversal's reason). The append-only triggers keep refusing
-- every change, with ONE narrow exception each: erasing that text (comment to NULL, note to
-- ''), every other column unchanged, and only on rows of a person whose file is anonymised
-- (job_seekers.anonymised_at set first, in the same transaction, by the anonymiser). Nothing
-- else can be edited, and nothing can be deleted (proposal_events gets its missing delete
-- trigger). Columns added to these tables later must be added to the "unchanged" lists below.
DROP TRIGGER `proposal_events_no_update`;
--> statement-breakpoint
CREATE TRIGGER `proposal_events_no_update` BEFORE UPDATE ON `proposal_events`
WHEN NOT (
  NEW.`comment` IS NULL
  AND NEW.`id` IS OLD.`id`
  AND NEW.`proposal_id` IS OLD.`proposal_id`
  AND NEW.`at` IS OLD.`at`
  AND NEW.`actor_user_id` IS OLD.`actor_user_id`
  AND NEW.`from_status` IS OLD.`from_status`
  AND NEW.`to_status` IS OLD.`to_status`
  AND NEW.`reason` IS OLD.`reason`
  AND EXISTS (
    SELECT 1 FROM `proposals` p JOIN `job_seekers` s ON s.`id` = p.`job_seeker_id`
    WHERE p.`id` = OLD.`proposal_id` AND s.`anonymised_at` IS NOT NULL
  )
)
BEGIN
  SELECT RAISE(ABORT, 'proposal_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `proposal_events_no_delete` BEFORE DELETE ON `proposal_events`
BEGIN
  SELECT RAISE(ABORT, 'proposal_events is append-only');
END;
--> statement-breakpoint
DROP TRIGGER `ledger_entries_no_update`;
--> statement-breakpoint
CREATE TRIGGER `ledger_entries_no_update` BEFORE UPDATE ON `ledger_entries`
WHEN NOT (
  NEW.`note` = ''
  AND NEW.`id` IS OLD.`id`
  AND NEW.`kind` IS OLD.`kind`
  AND NEW.`fund` IS OLD.`fund`
  AND NEW.`phase_id` IS OLD.`phase_id`
  AND NEW.`pairing_id` IS OLD.`pairing_id`
  AND NEW.`organisation_id` IS OLD.`organisation_id`
  AND NEW.`payee_business_id` IS OLD.`payee_business_id`
  AND NEW.`payee_organisation_id` IS OLD.`payee_organisation_id`
  AND NEW.`claim_id` IS OLD.`claim_id`
  AND NEW.`tranche_id` IS OLD.`tranche_id`
  AND NEW.`reverses_entry_id` IS OLD.`reverses_entry_id`
  AND NEW.`amount_cents` IS OLD.`amount_cents`
  AND NEW.`created_by` IS OLD.`created_by`
  AND NEW.`created_at` IS OLD.`created_at`
  AND EXISTS (
    SELECT 1 FROM `pairings` p JOIN `job_seekers` s ON s.`id` = p.`job_seeker_id`
    WHERE p.`id` = OLD.`pairing_id` AND s.`anonymised_at` IS NOT NULL
  )
)
BEGIN
  SELECT RAISE(ABORT, 'ledger_entries is append-only');
END;
--> statement-breakpoint
-- The audit history holds ids, codes and amounts, never free text: a reversal's note stays in
-- its ledger entry (where anonymisation can erase it). The copies made before are removed, once,
-- with the history's trigger lifted for this statement only.
DROP TRIGGER `audit_events_no_update`;
--> statement-breakpoint
UPDATE `audit_events` SET `details` = json_remove(`details`, '$.note')
WHERE `action` = 'ledger.reversed' AND json_extract(`details`, '$.note') IS NOT NULL;
--> statement-breakpoint
CREATE TRIGGER `audit_events_no_update` BEFORE UPDATE ON `audit_events`
BEGIN
  SELECT RAISE(ABORT, 'audit_events is append-only');
END;
--> statement-breakpoint
-- Batches of payments are evidence too: written once, never changed or deleted.
CREATE TRIGGER `payment_batches_no_update` BEFORE UPDATE ON `payment_batches`
BEGIN
  SELECT RAISE(ABORT, 'payment_batches is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `payment_batches_no_delete` BEFORE DELETE ON `payment_batches`
BEGIN
  SELECT RAISE(ABORT, 'payment_batches is append-only');
END;
