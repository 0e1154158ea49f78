-- Issue 11, rules that hold over time. Existing phases get the two new rules: the minimum hourly
-- wage (Quebec's general minimum wage on the phase's start date, shared/money/minimumWage.ts)
-- and the window for a start date in the past (14 days).
UPDATE `phases` SET `rules` = json_set(`rules`,
  '$.minHourlyWageCents', CASE
    WHEN `start_date` >= '2026-05-01' THEN 1660
    WHEN `start_date` >= '2025-05-01' THEN 1610
    WHEN `start_date` >= '2024-05-01' THEN 1575
    WHEN `start_date` >= '2023-05-01' THEN 1525
    ELSE 1425 END,
  '$.pastStartWindowDays', 14)
WHERE `rules` IS NOT NULL AND json_extract(`rules`, '$.minHourlyWageCents') IS NULL;
--> statement-breakpoint
-- Claims and tranches whose ledger entry was reversed no longer count: they become 'reversed'.
UPDATE `claims` SET `status` = 'reversed'
WHERE `status` = 'approved' AND EXISTS (
  SELECT 1 FROM `ledger_entries` e INNER JOIN `ledger_entries` r ON r.`reverses_entry_id` = e.`id`
  WHERE e.`claim_id` = `claims`.`id` AND e.`kind` <> 'reversal');
--> statement-breakpoint
UPDATE `tranches` SET `status` = 'reversed'
WHERE `status` = 'approved' AND EXISTS (
  SELECT 1 FROM `ledger_entries` e INNER JOIN `ledger_entries` r ON r.`reverses_entry_id` = e.`id`
  WHERE e.`tranche_id` = `tranches`.`id` AND e.`kind` <> 'reversal');
--> statement-breakpoint
-- A reversed tranche's milestone has still happened: a new 'due' tranche awaits a new decision
-- (as server/features/money/review.ts reverseEntry does from now on).
INSERT INTO `tranches` (`pairing_id`, `milestone`, `amount_cents`, `status`, `due_on`)
SELECT t.`pairing_id`, t.`milestone`, t.`amount_cents`, 'due', t.`due_on` FROM `tranches` t
WHERE t.`status` = 'reversed' AND NOT EXISTS (
  SELECT 1 FROM `tranches` o WHERE o.`pairing_id` = t.`pairing_id` AND o.`milestone` = t.`milestone`
  AND o.`status` <> 'reversed')
GROUP BY t.`pairing_id`, t.`milestone`;
