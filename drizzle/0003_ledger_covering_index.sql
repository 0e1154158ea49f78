DROP INDEX `ledger_phase_org_idx`;--> statement-breakpoint
CREATE INDEX `ledger_phase_org_idx` ON `ledger_entries` (`phase_id`,`organisation_id`,`fund`,`amount_cents`);